import type {
  ApiErrorBody,
  CsvDateFormat,
  CsvScaleChoice,
  CsvScoreField,
  csvImportPlanSchema,
  csvImportResultSchema,
} from '@spinekind/core';
import { format } from 'date-fns';
import type { z } from 'zod';
import { ApiError, call, NetworkError } from '../../lib/api';

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

/** The dry run's answer: what the file would bring in, row by row (core's schema of `POST /import/csv`). */
export type ImportPlan = z.output<typeof csvImportPlanSchema>;
export type RowError = ImportPlan['errors'][number];
/** The real run's answer. */
export type ImportResult = z.output<typeof csvImportResultSchema>;

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
  const body = {
    csv,
    dryRun: true,
    utcOffset: deviceOffset(),
    ...(mapping ? { mapping } : {}),
    ...(dateFormat ? { dateFormat } : {}),
    ...(rescale && Object.keys(rescale).length ? { rescale } : {}),
  };
  // A dry run always answers the plan.
  return call('POST /import/csv', { query: 'type=checkins', body }) as Promise<ImportPlan>;
}

export function runImport(
  csv: string,
  mapping: Record<string, string>,
  accept: 'all_or_nothing' | 'valid_rows',
  dateFormat?: CsvDateFormat,
  rescale?: ScaleAnswers,
): Promise<ImportResult> {
  const body = {
    csv,
    mapping,
    dryRun: false,
    accept,
    utcOffset: deviceOffset(),
    ...(dateFormat ? { dateFormat } : {}),
    ...(rescale && Object.keys(rescale).length ? { rescale } : {}),
  };
  // A real run always answers what it stored.
  return call('POST /import/csv', { query: 'type=checkins', body }) as Promise<ImportResult>;
}
