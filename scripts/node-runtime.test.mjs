import { describe, expect, it } from 'vitest';
import { handOverLine, runtimeDecision, SUPPORTED, tooOldLine } from './node-runtime.mjs';

describe('runtimeDecision', () => {
  it.each(['22.12.0', 'v22.23.3', '24.0.0', '25.1.2'])('runs on a supported Node %s', (version) => {
    expect(runtimeDecision(version)).toBe('run');
  });

  it.each(['v20.20.2', '20.19.0', '22.11.0', '22.0.0', '23.11.1', '18.0.0'])(
    'hands an older Node %s over to the local Node 22',
    (version) => {
      expect(runtimeDecision(version)).toBe('fetch');
    },
  );

  it.each(['v16.20.2', '12.22.12', '0.12.18'])('calls Node %s too old to fetch another', (version) => {
    expect(runtimeDecision(version)).toBe('too-old');
  });

  it('says the same range as every package.json', async () => {
    const { readFileSync } = await import('node:fs');
    const files = ['package.json', ...['core', 'server', 'web'].map((p) => `packages/${p}/package.json`)];
    for (const file of files) {
      expect(JSON.parse(readFileSync(file, 'utf8')).engines?.node, file).toBe(SUPPORTED);
    }
  });
});

describe('the lines it prints', () => {
  it('names both Nodes in one line when handing over', () => {
    const line = handOverLine('v20.20.2', 'v22.23.3', true);
    expect(line).toContain('v20.20.2');
    expect(line).toContain('v22.23.3');
    expect(line).toContain('npm registry');
    expect(line).not.toContain('\n');
  });

  it('names the fix when Node is too old', () => {
    expect(tooOldLine('v16.20.2')).toMatch(/v16\.20\.2 is too old.*Install Node 22/);
  });
});
