import { describe, expect, it } from 'vitest';
import { inviteStatus } from './api';

const invite = (expiresAt: string, usedAt: string | null = null) => ({
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt,
  usedAt,
});
const now = new Date('2026-03-05T10:00:00.000Z');

describe('inviteStatus', () => {
  it('is waiting until it expires', () => {
    expect(inviteStatus(invite('2026-03-05T10:00:01.000Z'), now)).toBe('waiting');
  });

  it('is expired from its expiry on', () => {
    expect(inviteStatus(invite('2026-03-05T10:00:00.000Z'), now)).toBe('expired');
  });

  it('is used once used, even after it would have expired', () => {
    expect(inviteStatus(invite('2026-03-02T10:00:00.000Z', '2026-03-01T12:00:00.000Z'), now)).toBe('used');
  });
});
