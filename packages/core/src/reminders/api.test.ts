import { describe, expect, it } from 'vitest';
import { reminderLaterSchema, reminderNotification, reminderNotificationSchema } from './api.js';

describe('reminder notifications', () => {
  it('carries the reminder line, where it leads and a tag per reminder', () => {
    const note = reminderNotification({
      at: '2026-03-02T17:45:00.000Z',
      kind: 'routine',
      title: 'Morning mobility at 18:00',
      url: '/move/play/morning-5',
      refId: 'entry-1',
      key: 'routine:2026-03-02:entry-1',
    });
    expect(note).toEqual({
      title: 'Your routine is coming up',
      body: 'Morning mobility at 18:00',
      kind: 'routine',
      at: '2026-03-02T17:45:00.000Z',
      url: '/move/play/morning-5',
      tag: 'reminder-routine:2026-03-02:entry-1',
      key: 'routine:2026-03-02:entry-1',
      refId: 'entry-1',
    });
    expect(reminderNotificationSchema.safeParse(note).success).toBe(true);
  });

  it('accepts "Later" only for a named reminder at an instant with its offset', () => {
    expect(
      reminderLaterSchema.safeParse({ key: 'checkin:2026-03-02:20:30', at: '2026-03-02T20:30:00Z' }).success,
    ).toBe(true);
    expect(reminderLaterSchema.safeParse({ key: '', at: '2026-03-02T20:30:00Z' }).success).toBe(false);
    expect(reminderLaterSchema.safeParse({ key: 'x', at: '2026-03-02 20:30' }).success).toBe(false);
    expect(reminderLaterSchema.safeParse({ key: 'x', at: '2026-03-02T20:30:00Z', extra: 1 }).success).toBe(
      false,
    );
  });
});
