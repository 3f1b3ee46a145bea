import { DomainError, type Locale } from '@spinekind/core';
import { type BackupParseInput, parseBackup } from '../backup/parse.js';
import { type CsvReadInput, readCheckinCsv } from '../imports/csv-read.js';
import type { ReportModel } from '../report/data.js';
import { type Paper, renderReportPdf } from '../report/pdf/document.js';

/** Work that takes longer than ~50 ms of CPU, done in a worker thread so the event loop keeps answering. */
export type Task =
  | { kind: 'backup'; input: BackupParseInput }
  | { kind: 'csv'; input: CsvReadInput }
  | { kind: 'report'; model: ReportModel; paper: Paper; locale: Locale };

/**
 * A task's answer, or the `DomainError` it refused with as plain data: an error crosses the thread as a bare
 * `Error`, and the route must still answer its code, message and details.
 */
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: DomainError['code']; message: string; details: DomainError['details'] } };

function outcome<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { ok: false, error: { code: err.code, message: err.message, details: err.details } };
  }
}

/** The worker's entry (piscina calls the default export with each task). */
export default async function run(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'backup':
      return outcome(() => parseBackup(task.input));
    case 'csv':
      return outcome(() => readCheckinCsv(task.input));
    case 'report':
      return renderReportPdf(task.model, task.paper, task.locale);
  }
}
