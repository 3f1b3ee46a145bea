import type { Locale } from '@spinekind/core';
import { type BackupParseInput, parseBackup } from '../backup/parse.js';
import type { ReportModel } from '../report/data.js';
import { type Paper, renderReportPdf } from '../report/pdf/document.js';

/** Work that takes longer than ~50 ms of CPU, done in a worker thread so the event loop keeps answering. */
export type Task =
  | { kind: 'backup'; input: BackupParseInput }
  | { kind: 'report'; model: ReportModel; paper: Paper; locale: Locale };

/** The worker's entry (piscina calls the default export with each task). */
export default async function run(task: Task): Promise<unknown> {
  switch (task.kind) {
    case 'backup':
      return parseBackup(task.input);
    case 'report':
      return renderReportPdf(task.model, task.paper, task.locale);
  }
}
