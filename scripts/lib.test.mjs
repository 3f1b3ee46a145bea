import { describe, expect, it } from 'vitest';
import { installNeeded } from './lib.mjs';

describe('installNeeded', () => {
  it('installs everything for a build or the tests when nothing or only the server part is there', () => {
    expect(installNeeded(undefined, false)).toBe('full');
    expect(installNeeded('production', false)).toBe('full');
  });

  it('installs only what the server needs to serve a build that is up to date', () => {
    expect(installNeeded(undefined, true)).toBe('production');
  });

  it('installs nothing when what is there is enough', () => {
    expect(installNeeded('full', false)).toBe('none');
    expect(installNeeded('full', true)).toBe('none');
    expect(installNeeded('production', true)).toBe('none');
  });
});
