import { DomainError } from '@spinekind/core';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** What the parse hands on: each top-level `<Record>`'s attributes, and each other top-level entry. */
export interface ExportVisitor {
  record(attributes: Record<string, string>): void;
  other(): void;
}

/**
 * Streams an Apple Health `export.xml` through saxes: chunks are parsed as they arrive (the `for await`
 * pulls the next only after this one is done, so a fast upload waits for the parser instead of piling
 * up in memory). Only direct children of `<HealthData>` are visited; nested records (inside a
 * Correlation) repeat top-level ones. Malformed XML or another root → `validation_failed`.
 */
export async function parseAppleExport(
  chunks: AsyncIterable<Buffer | string>,
  visit: ExportVisitor,
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false });
  let depth = 0;
  let sawRoot = false;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (depth === 0) {
      if (tag.name !== 'HealthData') throw notAnExport();
      sawRoot = true;
    } else if (depth === 1) {
      if (tag.name === 'Record') visit.record(tag.attributes);
      else if (tag.name !== 'ExportDate' && tag.name !== 'Me') visit.other();
    }
    depth++;
  });
  parser.on('closetag', () => {
    depth--;
  });
  const decoder = new TextDecoder('utf-8');
  const feed = (text: string, end = false) => {
    try {
      parser.write(text);
      if (end) parser.close();
    } catch (err) {
      if (err instanceof DomainError) throw err;
      // saxes says "<line>:<column>: <what>": kept, so the user can see where the file is broken.
      const where = err instanceof Error ? err.message : String(err);
      throw new DomainError(
        'validation_failed',
        `The file is not valid XML, so nothing was imported (${where}).`,
      );
    }
  };
  // Errors of the stream itself (upload cut off, too large) pass through unchanged.
  for await (const chunk of chunks)
    feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  feed(decoder.decode(), true);
  if (!sawRoot) throw notAnExport();
}

function notAnExport(): DomainError {
  return new DomainError(
    'validation_failed',
    'This is not an Apple Health export: export.xml starts with <HealthData>. Nothing was imported.',
  );
}
