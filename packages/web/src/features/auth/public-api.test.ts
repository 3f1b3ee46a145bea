import { describe, expect, it } from 'vitest';
import { inviteTokenFrom, signupOffer } from './public-api';

describe('inviteTokenFrom', () => {
  it('takes the token from a pasted invite link', () => {
    expect(inviteTokenFrom(' https://spine.example.org/join/AbC_12-xyz \n')).toBe('AbC_12-xyz');
  });

  it('ignores a query or fragment after the token', () => {
    expect(inviteTokenFrom('https://spine.example.org/join/tok123?x=1#y')).toBe('tok123');
  });

  it('keeps a bare token as it is', () => {
    expect(inviteTokenFrom('tok123')).toBe('tok123');
  });
});

describe('signupOffer', () => {
  const info = (mode: 'open' | 'invite' | 'closed', firstAccount = false) => ({
    mode,
    firstAccount,
    resetByEmail: false,
  });

  it('follows the server mode once an account exists', () => {
    expect(signupOffer(info('invite'))).toBe('invite');
    expect(signupOffer(info('closed'))).toBe('closed');
  });

  it('always offers the first account, whatever the mode', () => {
    expect(signupOffer(info('closed', true))).toBe('open');
    expect(signupOffer(info('invite', true))).toBe('open');
  });

  it('offers the form while the mode is unknown (the server decides)', () => {
    expect(signupOffer(undefined)).toBe('open');
  });
});
