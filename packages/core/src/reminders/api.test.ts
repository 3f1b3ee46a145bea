import { describe, expect, it } from 'vitest';
import { reminderLaterSchema, reminderNotification, reminderNotificationSchema } from './api.js';

describe('reminder notifications', () => {
  const sample = () =>
    ({
      at: '2026-03-02T17:45:00.000Z',
      kind: 'routine',
      title: 'Morning mobility at 18:00',
      url: '/move/play/morning-5',
      refId: 'entry-1',
      key: 'routine:2026-03-02:entry-1',
    }) as const;

  it('carries the reminder line, where it leads, a tag per reminder and its buttons in her language', () => {
    const note = reminderNotification(sample());
    expect(note).toEqual({
      title: 'Your routine is coming up',
      body: 'Morning mobility at 18:00',
      kind: 'routine',
      at: '2026-03-02T17:45:00.000Z',
      url: '/move/play/morning-5',
      tag: 'reminder-routine:2026-03-02:entry-1',
      key: 'routine:2026-03-02:entry-1',
      refId: 'entry-1',
      actions: { open: 'Start', later: 'Later' },
    });
    expect(reminderNotification({ ...sample(), kind: 'checkin' }, 'de').actions).toEqual({
      open: 'Eintragen',
      later: 'Später',
    });
    expect(reminderNotification({ ...sample(), kind: 'lesson' }, 'es').actions).toEqual({
      open: null,
      later: 'Más tarde',
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
