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

describe('SIGNUP', () => {
  it('is open by default, and takes invite or closed', () => {
    expect(loadConfig({}).signup).toBe('open');
    expect(loadConfig({ SIGNUP: 'invite' }).signup).toBe('invite');
    expect(loadConfig({ SIGNUP: 'closed' }).signup).toBe('closed');
  });

  it('refuses a value it does not know, naming the variable', () => {
    expect(() => loadConfig({ SIGNUP: 'public' })).toThrow(/SIGNUP: Use open, invite or closed/);
  });
});

describe('SMTP_URL', () => {
  it('turns mail off when unset', () => {
    expect(loadConfig({}).mail).toBeUndefined();
  });

  it('sends from no-reply at the public host unless SMTP_FROM says otherwise', () => {
    const env = { SMTP_URL: 'smtp://u:p@mail.example.org:587', PUBLIC_URL: 'https://spine.example.org' };
    expect(loadConfig(env).mail).toEqual({
      smtpUrl: env.SMTP_URL,
      from: 'Spinekind <no-reply@spine.example.org>',
    });
    expect(loadConfig({ ...env, SMTP_FROM: 'Clinic <hi@example.org>' }).mail?.from).toBe(
      'Clinic <hi@example.org>',
    );
  });

  it('needs PUBLIC_URL, so a mailed link never points at a Host a request named', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.org' })).toThrow(/SMTP_URL: set PUBLIC_URL too/);
  });

  it('refuses a URL that is not smtp or smtps', () => {
    expect(() => loadConfig({ SMTP_URL: 'https://mail.example.org', PUBLIC_URL: 'https://x.org' })).toThrow(
      /SMTP_URL/,
    );
  });
});
