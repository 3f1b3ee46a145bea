import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * CSP sources (`'sha256-…'`) for the `<style>` blocks of the built `index.html`: the build inlines the
 * first screen's CSS there (web/vite.config.ts, beasties), and `style-src 'self'` alone would refuse it.
 * Hashes, not `'unsafe-inline'`: only the exact CSS of this build may apply, never an injected one.
 */
export function inlineStyleHashes(webDist: string | undefined): string[] {
  const index = webDist === undefined ? undefined : join(webDist, 'index.html');
  if (!index || !existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  const blocks = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return blocks.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
}
