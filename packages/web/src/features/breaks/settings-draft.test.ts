import { defaultBreakSettings, exampleBreakSettings } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { deviceTimeZone } from '../../lib/time-zone';
import { candidateOf, draftOf, hasChanges, withReminders } from './settings-draft';

const zones = ['America/New_York', 'Europe/London', deviceTimeZone()];
const saved = exampleBreakSettings({ timeZone: 'America/New_York' });

describe('the break settings draft', () => {
  it('has no changes as first shown', () => {
    expect(hasChanges(draftOf(saved), saved, zones)).toBe(false);
    const off = exampleBreakSettings({ enabled: false });
    expect(hasChanges(draftOf(off), off, zones)).toBe(false);
  });

  it('has changes after an edit, and none once the edit is undone', () => {
    const draft = draftOf(saved);
    const edited = { ...draft, settings: { ...draft.settings, end: '16:00' } };
    expect(hasChanges(edited, saved, zones)).toBe(true);
    expect(hasChanges({ ...edited, settings: { ...edited.settings, end: '17:00' } }, saved, zones)).toBe(
      false,
    );
  });

  it('counts a zone typed another way as the same zone', () => {
    expect(hasChanges({ ...draftOf(saved), zone: 'new york' }, saved, zones)).toBe(false);
    expect(candidateOf({ ...draftOf(saved), zone: 'new york' }, true, zones).timeZone).toBe(
      'America/New_York',
    );
  });

  it('keeps an unknown zone as typed, so validation can say so', () => {
    expect(candidateOf({ ...draftOf(saved), zone: 'Mars' }, true, zones).timeZone).toBe('Mars');
  });

  it('ignores lunch times while lunch is off', () => {
    const noLunch = exampleBreakSettings({ lunch: undefined });
    const draft = { ...draftOf(noLunch), lunch: { start: '11:00', end: '11:30' } };
    expect(hasChanges(draft, noLunch, zones)).toBe(false);
  });

  it('offers this device’s zone while nothing was ever chosen, and saves it with Remind me', () => {
    const fresh = defaultBreakSettings();
    expect(draftOf(fresh).zone).toBe(deviceTimeZone());
    expect(withReminders(fresh, true)).toEqual({ ...fresh, enabled: true, timeZone: deviceTimeZone() });
  });

  it('keeps a zone she chose, also while reminders are off', () => {
    const off = exampleBreakSettings({ enabled: false, timeZone: 'America/New_York' });
    expect(draftOf(off).zone).toBe('America/New_York');
    expect(withReminders(off, true)).toEqual({ ...off, enabled: true });
    expect(withReminders(saved, false)).toEqual({ ...saved, enabled: false });
  });
});
