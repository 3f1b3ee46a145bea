import type {
  ApiErrorBody,
  CsvDateFormat,
  CsvScaleChoice,
  CsvScaleQuestion,
  CsvScoreField,
} from '@spinekind/core';
import { format } from 'date-fns';
import { ApiError, api, call, NetworkError } from '../../lib/api';

/** Fetches a file from our API and hands it to the browser as a download; answers the file name. */
export async function downloadFile(
  path: string,
  fallbackName: string,
  headers: Record<string, string> = {},
): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { credentials: 'same-origin', headers });
  } catch {
    throw new NetworkError();
  }
  if (!res.ok) {
    const err = ((await res.json().catch(() => undefined)) as ApiErrorBody | undefined)?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'internal',
      err?.message ?? res.statusText,
      err?.details ?? [],
    );
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the blob goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return name;
}

export type ImportCounts = Record<string, number>;

/** `POST /import` with a whole backup document. */
export async function restoreBackup(doc: unknown): Promise<ImportCounts> {
  return (await call('POST /import', { body: doc })).imported;
}

export interface RowError {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}
export interface ImportPlan {
  columns: { name: string; samples: string[] }[];
  duplicateColumns: string[];
  suggestedMapping: Record<string, string>;
  mapping: Record<string, string>;
  /** How her dates are read; null when they could be day/month or month/day (`dateFormatChoices`). */
  dateFormat: CsvDateFormat | null;
  dateFormatChoices: CsvDateFormat[];
  /** A file with one row per measurement, read as one row per date and time; null for a wide file. */
  longFormat: { measures: string[]; ignoredColumns: string[]; longRows: number } | null;
  /** 0–10 fields whose column looks like 1–5: she says how each is read before importing. */
  scaleQuestions: CsvScaleQuestion[];
  unmappedColumns: string[];
  missingFields: string[];
  rows: number;
  valid: number;
  new: number;
  alreadyPresent: number;
  errors: RowError[];
  preview: {
    row: number;
    status: 'new' | 'present' | 'error';
    checkin?: { recordedAt: string; pain: number };
    /** For a row with problems: its date and pain cells as written in the file. */
    cells?: { recordedAt: string; pain: string };
  }[];
}
export interface ImportResult {
  imported: { checkins: number };
  alreadyPresent: number;
  skippedRows: number;
}

/** This device's UTC offset as `+01:00`, for dates in the file written without one. */
export function deviceOffset(): string {
  return format(new Date(), 'xxx');
}

/** Her answers to the plan's scale questions, by field. */
export type ScaleAnswers = Partial<Record<CsvScoreField, CsvScaleChoice>>;

export function planImport(
  csv: string,
  mapping?: Record<string, string>,
  dateFormat?: CsvDateFormat,
  rescale?: ScaleAnswers,
): Promise<ImportPlan> {
  return api('POST', '/import/csv?type=checkins', {
    csv,
    dryRun: true,
    utcOffset: deviceOffset(),
    ...(mapping ? { mapping } : {}),
    ...(dateFormat ? { dateFormat } : {}),
    ...(rescale && Object.keys(rescale).length ? { rescale } : {}),
  });
}

export function runImport(
  csv: string,
  mapping: Record<string, string>,
  accept: 'all_or_nothing' | 'valid_rows',
  dateFormat?: CsvDateFormat,
  rescale?: ScaleAnswers,
): Promise<ImportResult> {
  return api('POST', '/import/csv?type=checkins', {
    csv,
    mapping,
    dryRun: false,
    accept,
    utcOffset: deviceOffset(),
    ...(dateFormat ? { dateFormat } : {}),
    ...(rescale && Object.keys(rescale).length ? { rescale } : {}),
  });
}
