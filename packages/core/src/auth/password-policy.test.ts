import { beforeAll, describe, expect, it } from 'vitest';
import { assessPassword, normalizePassword, PASSWORD_MAX, PASSWORD_MIN } from './password-policy.js';
import { newPasswordSchema } from './schema.js';

const email = 'jane.doe@example.com';

// The first assessment loads the dictionaries (slow on a busy machine); tests then measure only the rules.
beforeAll(() => assessPassword('warm up the dictionaries'), 60_000);

describe('assessPassword', () => {
  it.each([
    ['sunflower garden lamp'],
    ['Tr0ub4dor&3xyz'],
    ['correct horse battery staple'],
    ['blue kettle rides north'],
    ['mauve-otter-73-lantern'],
  ])('accepts %j', async (password) => {
    const a = await assessPassword(password, { email });
    expect(a).toMatchObject({ acceptable: true });
    expect(a.problem).toBeUndefined();
    expect(a.message).toBeUndefined();
    expect(a.score).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['short one', 'too_short'],
    ['elevenchars', 'too_short'],
    ['password1234', 'common'],
    ['qwertyuiop12', 'common'],
    [' '.repeat(12), 'common'],
    ['123456789012', 'common'],
    ['iloveyou2024', 'common'],
    ['abcdefghijkl', 'common'],
    ['PasswordPassword', 'common'],
    ['jane.doe@example.com!', 'contains_email'],
    ['my name is JANE.DOE ok', 'contains_email'],
    ['smithjohnson', 'weak'],
    ['septemberjune', 'weak'],
  ] as const)('refuses %j as %s', async (password, problem) => {
    const a = await assessPassword(password, { email });
    expect(a.problem).toBe(problem);
    expect(a.acceptable).toBe(false);
    expect(a.message).toMatch(/\w/);
  });

  it('says a common password in plain words', async () => {
    const a = await assessPassword('password1234');
    expect(a.message).toBe('This is one of the most common passwords. Try three or four unrelated words.');
  });

  it('counts length in characters after NFKC, not UTF-16 units', async () => {
    // Six emoji are twelve UTF-16 units but six characters.
    expect((await assessPassword('🌻🌷🌼🌸🌺🌹')).problem).toBe('too_short');
    expect((await assessPassword('é'.repeat(PASSWORD_MAX + 1))).problem).toBe('too_long');
  });

  it('accepts exactly the minimum and maximum lengths when the password is strong', async () => {
    const base = 'mauve otter lantern quietly sings over the hill ';
    const max = base.repeat(4).slice(0, PASSWORD_MAX);
    expect((await assessPassword(max)).acceptable).toBe(true);
    expect((await assessPassword('kZ8#qv!2mWp$')).problem).toBeUndefined();
    expect([...'kZ8#qv!2mWp$'].length).toBe(PASSWORD_MIN);
  });

  it('ignores a local part shorter than three characters', async () => {
    const a = await assessPassword('jo likes blue kettles', { email: 'jo@example.com' });
    expect(a.problem).toBeUndefined();
  });

  it('refuses her email even without its domain being typed in the same case', async () => {
    const a = await assessPassword('Jane.Doe-blue-kettle', { email: 'jane.doe@example.com' });
    expect(a.problem).toBe('contains_email');
  });

  it('refuses a password that is only her email', async () => {
    const a = await assessPassword('someone@example.org', { email: 'Someone@Example.org' });
    expect(a.problem).toBe('contains_email');
  });
});

describe('normalizePassword', () => {
  it('makes full-width letters equal to their ASCII form', async () => {
    const full = 'ｐａｓｓｗｏｒｄ１２３４';
    expect(normalizePassword(full)).toBe('password1234');
    expect((await assessPassword(full)).problem).toBe('common');
  });

  it('joins a composed and a decomposed accent into one form', () => {
    expect(normalizePassword('cafe\u0301 au lait')).toBe(normalizePassword('café au lait'));
  });
});

describe('newPasswordSchema', () => {
  it('normalises to NFKC', () => {
    expect(newPasswordSchema.parse('ｓｕｎｆｌｏｗｅｒ ｌａｍｐ')).toBe('sunflower lamp');
  });

  it('refuses 11 characters and accepts 12', () => {
    expect(newPasswordSchema.safeParse('a'.repeat(11)).success).toBe(false);
    expect(newPasswordSchema.safeParse('a'.repeat(12)).success).toBe(true);
  });

  it('refuses 129 characters and accepts 128', () => {
    expect(newPasswordSchema.safeParse('a'.repeat(129)).success).toBe(false);
    expect(newPasswordSchema.safeParse('a'.repeat(128)).success).toBe(true);
  });

  it('counts emoji as one character each', () => {
    expect(newPasswordSchema.safeParse('🌻'.repeat(11)).success).toBe(false);
    expect(newPasswordSchema.safeParse('🌻'.repeat(12)).success).toBe(true);
  });
});
