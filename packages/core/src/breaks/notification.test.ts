import { describe, expect, it } from 'vitest';
import { routineById } from '../exercises/routines.js';
import { exampleBreakSettings } from './example.js';
import { breakNotification, deskRoutineIds, isReminderDue, remindersBetween } from './notification.js';
import { breakNotificationSchema } from './notification-schema.js';
import { applyBreakAction } from './state.js';

const makeSettings = exampleBreakSettings;
const ms = (iso: string) => Date.parse(iso);
const ats = (list: { at: string }[]) => list.map((r) => r.at);

// Monday 2 March 2026; London is on GMT.
describe('planning push reminders', () => {
  it('plans the reminders falling in the window, end included', () => {
    const s = makeSettings();
    expect(ats(remindersBetween(s, {}, ms('2026-03-02T09:20:00Z'), ms('2026-03-02T09:55:00Z')))).toEqual([
      '2026-03-02T09:25:00.000Z',
      '2026-03-02T09:55:00.000Z',
    ]);
  });

  it('plans nothing when reminders are off or the day is paused', () => {
    const from = ms('2026-03-02T09:20:00Z');
    const to = ms('2026-03-02T11:00:00Z');
    expect(remindersBetween(makeSettings({ enabled: false }), {}, from, to)).toEqual([]);
    const paused = applyBreakAction({}, { type: 'pause' }, ms('2026-03-02T09:00:00Z'));
    expect(remindersBetween(makeSettings(), paused, from, to)).toEqual([]);
  });

  it('plans a snoozed reminder at the snooze time instead of the ones before it', () => {
    const snoozed = applyBreakAction({}, { type: 'snooze', minutes: 10 }, ms('2026-03-02T09:25:00Z'));
    const list = remindersBetween(
      makeSettings(),
      snoozed,
      ms('2026-03-02T09:25:00Z'),
      ms('2026-03-02T10:00:00Z'),
    );
    expect(ats(list)).toEqual(['2026-03-02T09:35:00.000Z', '2026-03-02T09:55:00.000Z']);
  });

  it('leaves out a skipped reminder', () => {
    const skipped = applyBreakAction({}, { type: 'skip' }, ms('2026-03-02T09:40:00Z'));
    const list = remindersBetween(
      makeSettings(),
      skipped,
      ms('2026-03-02T09:40:00Z'),
      ms('2026-03-02T10:30:00Z'),
    );
    expect(ats(list)).toEqual(['2026-03-02T10:25:00.000Z']);
  });

  it('plans the many reminders of a long window with a short interval', () => {
    const s = makeSettings({ mode: 'custom', intervalMinutes: 10, lunch: undefined });
    const list = remindersBetween(s, {}, ms('2026-03-02T09:00:00Z'), ms('2026-03-02T17:00:00Z'));
    expect(list).toHaveLength(47);
  });
});

describe('checking a planned reminder before it is sent', () => {
  const s = makeSettings();
  const at = ms('2026-03-02T09:55:00Z');

  it('keeps a reminder that is still on the plan', () => {
    expect(isReminderDue(s, {}, at)).toBe(true);
  });

  it('drops it after a skip, a pause, a snooze past it or a change of settings', () => {
    expect(isReminderDue(s, applyBreakAction({}, { type: 'skip' }, ms('2026-03-02T09:30:00Z')), at)).toBe(
      false,
    );
    expect(isReminderDue(s, applyBreakAction({}, { type: 'pause' }, ms('2026-03-02T09:30:00Z')), at)).toBe(
      false,
    );
    const snoozed = applyBreakAction({}, { type: 'snooze', minutes: 10 }, ms('2026-03-02T09:50:00Z'));
    expect(isReminderDue(s, snoozed, at)).toBe(false);
    expect(isReminderDue(s, snoozed, ms('2026-03-02T10:00:00Z'))).toBe(true);
    expect(isReminderDue(makeSettings({ mode: 'hourly' }), {}, at)).toBe(false);
  });
});

describe('the notification of a reminder', () => {
  it('offers the four desk routines in turn through the day, the tension release among them', () => {
    const s = makeSettings();
    const urls = ['09:25', '09:55', '10:25', '10:55', '11:25'].map(
      (t) => breakNotification(s, { at: `2026-03-02T${t}:00Z`, kind: 'move' }).url,
    );
    expect(urls).toEqual([
      '/move/play/desk-shoulders-neck',
      '/move/play/desk-back-release',
      '/move/play/desk-stand-up',
      '/move/play/desk-tension-release',
      '/move/play/desk-shoulders-neck',
    ]);
  });

  it('repeats the routine of the reminder a snooze replaced', () => {
    const s = makeSettings();
    const first = breakNotification(s, { at: '2026-03-02T09:25:00Z', kind: 'move' });
    const snoozed = breakNotification(s, { at: '2026-03-02T09:35:00.123Z', kind: 'move' });
    expect(snoozed.routineId).toBe(first.routineId);
    expect(snoozed.tag).toBe('break-2026-03-02T09:35:00.123Z');
  });

  it('asks to stand or sit with a standing desk, opening the breaks page', () => {
    const s = makeSettings({ standingDesk: true });
    const stand = breakNotification(s, { at: '2026-03-02T09:25:00Z', kind: 'stand' });
    expect(stand).toMatchObject({ title: 'Time to stand', url: '/breaks', routineId: null, kind: 'stand' });
    expect(breakNotification(s, { at: '2026-03-02T09:55:00Z', kind: 'sit' }).kind).toBe('sit');
  });

  it('offers only the snoozes that come back before work ends', () => {
    const s = makeSettings({ mode: 'custom', intervalMinutes: 5 });
    const snoozeAt = (time: string) =>
      breakNotification(s, { at: `2026-03-02T${time}:00Z`, kind: 'move' }).snooze;
    expect(snoozeAt('16:45')).toEqual([5, 10]);
    expect(snoozeAt('16:50')).toEqual([5]);
    expect(snoozeAt('16:55')).toEqual([]);
  });

  it('offers only desk routines that exist in the catalogue', () => {
    for (const id of deskRoutineIds) expect(routineById(id), id).toBeDefined();
  });

  it('matches its published schema', () => {
    const n = breakNotification(makeSettings(), { at: '2026-03-02T09:25:00+00:00', kind: 'move' });
    expect(breakNotificationSchema.parse(n)).toEqual(n);
    expect(n.at).toBe('2026-03-02T09:25:00.000Z');
  });
});
