import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('SEARCH_INDEXING', () => {
  it('lets search engines see the public pages by default', () => {
    expect(loadConfig({}).searchIndexing).toBe('public');
  });

  it('turns all crawling away with none', () => {
    expect(loadConfig({ SEARCH_INDEXING: 'none' }).searchIndexing).toBe('none');
  });

  it('refuses a value it does not know, naming the variable', () => {
    expect(() => loadConfig({ SEARCH_INDEXING: 'noindex' })).toThrow(/SEARCH_INDEXING: Use public or none/);
  });
});
