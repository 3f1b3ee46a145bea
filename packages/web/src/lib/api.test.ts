import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError, problemMessage } from './api';

// Echoes the key and count, so the test sees which message and which number were chosen.
const t = ((key: string, options?: { count?: number }) =>
  `${key}:${options?.count ?? ''}`) as unknown as TFunction;
const limited = (retryAfter?: number) =>
  new ApiError(429, 'rate_limited', 'Too many attempts.', [], retryAfter);

describe('problemMessage for a 429', () => {
  it('says how many whole minutes to wait, rounded up', () => {
    expect(problemMessage(limited(125), t)).toBe('errors.tooMany:3');
  });

  it('says one minute for a wait of seconds', () => {
    expect(problemMessage(limited(2), t)).toBe('errors.tooMany:1');
  });

  it('says one minute when the server gave no Retry-After', () => {
    expect(problemMessage(limited(), t)).toBe('errors.tooMany:1');
  });

  it("keeps the server's own message for other errors", () => {
    expect(problemMessage(new ApiError(403, 'forbidden', 'Only the admin.'), t)).toBe('Only the admin.');
  });
});
