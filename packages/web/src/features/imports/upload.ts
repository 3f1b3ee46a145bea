import type { ApiErrorBody } from '@spinekind/core';
import i18next from 'i18next';
import { ApiError, isServerDown, NetworkError } from '../../lib/api';

/** What `POST /import/apple-health` answers. */
export interface AppleImportResult {
  imported: Record<string, number>;
  skipped: number;
  summary: {
    days: number;
    periods: number;
    periodsAlreadyLogged: number;
    from: string | null;
    to: string | null;
  };
}

/** The content type the server expects, from the file name (browsers disagree on ZIP types). */
export function uploadTypeOf(file: File): 'application/zip' | 'application/xml' | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.zip')) return 'application/zip';
  if (name.endsWith('.xml')) return 'application/xml';
  return undefined;
}

/** An upload and its import may take this long in all (ordinary requests: `REQUEST_TIMEOUT_MS`, 15 s). */
export const UPLOAD_TIMEOUT_MS = 60 * 60_000;

export type UploadHandle = FileUpload<AppleImportResult>;

/**
 * Sends the file as the raw request body with XMLHttpRequest, because fetch cannot report upload
 * progress. `onProgress` gets 0–1 while sending, then `onSent` once the server has it all.
 */
export function uploadAppleExport(
  file: File,
  onProgress: (fraction: number) => void,
  onSent: () => void,
): UploadHandle {
  return sendFile<AppleImportResult>(
    '/api/v1/import/apple-health',
    file,
    uploadTypeOf(file) ?? 'application/xml',
    onProgress,
    onSent,
  );
}

/** A file upload under way: its answer, and a way to stop it. */
export interface FileUpload<T> {
  done: Promise<T>;
  cancel(): void;
}

/** POSTs `file` as the raw body to `url` with upload progress; resolves with the JSON of a 200. */
export function sendFile<T>(
  url: string,
  file: File,
  contentType: string,
  onProgress: (fraction: number) => void,
  onSent: () => void,
): FileUpload<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentType);
    // What the server says about her file (left out, row problems) comes in the language on screen.
    xhr.setRequestHeader('accept-language', i18next.language || 'en');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = onSent;
    // A 2 GiB export on a slow uplink takes a while: the limit is generous, but there is one.
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    xhr.ontimeout = () => reject(new NetworkError(true));
    xhr.onerror = () => reject(new NetworkError());
    xhr.onabort = () => reject(new DOMException('cancelled', 'AbortError'));
    xhr.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      if (xhr.status === 200) return resolve(json as T);
      if (isServerDown(xhr.status)) return reject(new NetworkError());
      const err = (json as ApiErrorBody | undefined)?.error;
      reject(
        new ApiError(xhr.status, err?.code ?? 'internal', err?.message ?? xhr.statusText, err?.details ?? []),
      );
    };
    xhr.send(file);
  });
  return { done, cancel: () => xhr.abort() };
}
