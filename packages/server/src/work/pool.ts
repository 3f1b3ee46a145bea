import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError, type Locale } from '@spinekind/core';
import { Piscina } from 'piscina';
import type { BackupParseInput, ParsedBackup } from '../backup/parse.js';
import type { CsvRead, CsvReadInput } from '../imports/csv-read.js';
import type { ReportModel } from '../report/data.js';
import type { Paper } from '../report/pdf/document.js';
import type { Outcome, Task } from './worker.js';

/** Tasks waiting for a thread, all users together; beyond it the server says it is busy (429). */
const MAX_QUEUE = 64;

/**
 * The compiled worker. Tests run the TypeScript sources, but a worker thread runs JavaScript: from `src/`
 * it takes the same file in `dist/` (the integration tests' global set-up builds it first).
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const dir = dirname(here);
  return here.endsWith('.ts') ? join(dir, '..', '..', 'dist', 'work', 'worker.js') : join(dir, 'worker.js');
}

/** A pool of worker threads for costly CPU work: one thread fewer than the CPUs (at least one). */
export function workerPool() {
  const pool = new Piscina({
    filename: workerFile(),
    maxThreads: Math.max(1, availableParallelism() - 1),
    minThreads: 0,
    idleTimeout: 30_000,
    maxQueue: MAX_QUEUE,
  });
  const run = async <T>(task: Task): Promise<T> => {
    try {
      return (await pool.run(task)) as T;
    } catch (err) {
      if (err instanceof Error && /queue is at limit/i.test(err.message))
        throw new DomainError('rate_limited', 'The server is busy right now. Please try again in a minute.');
      throw err;
    }
  };
  /** A task that may refuse its input: its value, or its `DomainError` thrown again on this side. */
  const settle = async <T>(task: Task): Promise<T> => {
    const result = await run<Outcome<T>>(task);
    if (!result.ok) throw new DomainError(result.error.code, result.error.message, result.error.details);
    return result.value;
  };
  return {
    parseBackup: (input: BackupParseInput) => settle<ParsedBackup>({ kind: 'backup', input }),
    readCsv: (input: CsvReadInput) => settle<CsvRead>({ kind: 'csv', input }),
    renderReport: async (model: ReportModel, paper: Paper, locale: Locale) =>
      Buffer.from(await run<Uint8Array>({ kind: 'report', model, paper, locale })),
    close: () => pool.destroy(),
  };
}
export type WorkerPool = ReturnType<typeof workerPool>;
