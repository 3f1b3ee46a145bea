import { type BreakSettings, defaultBreakSettings } from '@spinekind/core';
import { deviceTimeZone } from '../../lib/time-zone';
import { findTimeZone } from './time-zone';

/** What the settings form holds while she edits: everything but "Remind me", which saves at once. */
export interface Draft {
  settings: Omit<BreakSettings, 'enabled'>;
  /** The minutes as typed (custom mode), so an emptied field isn't turned into 0. */
  interval: string;
  lunchOn: boolean;
  lunch: { start: string; end: string };
  /** The time zone as typed in the search field. */
  zone: string;
}

const canonical = (s: BreakSettings) =>
  JSON.stringify(Object.entries(s).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Whether she has never saved anything: the server's defaults, London's zone included. Until then
 * the zone of this device is the likelier choice, and the form offers it.
 */
function neverChosen(saved: BreakSettings): boolean {
  return canonical(saved) === canonical(defaultBreakSettings());
}

/** The zone the form starts from: the saved one, or this device's while nothing was ever chosen. */
const startingZone = (saved: BreakSettings) => (neverChosen(saved) ? deviceTimeZone() : saved.timeZone);

/** The form's starting point for saved settings. */
export function draftOf(saved: BreakSettings): Draft {
  const { enabled: _enabled, ...settings } = saved;
  const zone = startingZone(saved);
  return {
    settings: { ...settings, timeZone: zone },
    interval: String(saved.intervalMinutes ?? 30),
    lunchOn: saved.lunch !== undefined,
    lunch: saved.lunch ?? { start: '12:30', end: '13:30' },
    zone,
  };
}

/** The settings a draft stands for, to validate and save; an unknown zone is kept as typed (and fails). */
export function candidateOf(d: Draft, enabled: boolean, zones: readonly string[]): BreakSettings {
  const { lunch: _lunch, intervalMinutes: _interval, ...rest } = d.settings;
  return {
    ...rest,
    enabled,
    timeZone: findTimeZone(d.zone, zones) ?? d.zone,
    ...(d.interval.trim() !== '' ? { intervalMinutes: Number(d.interval) } : {}),
    ...(d.lunchOn ? { lunch: d.lunch } : {}),
  };
}

/** Whether the draft differs from what is saved, as settings (not as typed: "london" is Europe/London). */
export function hasChanges(draft: Draft, saved: BreakSettings, zones: readonly string[]): boolean {
  const baseline = candidateOf(draftOf(saved), saved.enabled, zones);
  return canonical(candidateOf(draft, saved.enabled, zones)) !== canonical(baseline);
}

/**
 * What turning reminders on or off saves: the saved settings with the new switch, in the zone the
 * form shows (this device's, while nothing was ever chosen).
 */
export function withReminders(saved: BreakSettings, enabled: boolean): BreakSettings {
  return { ...saved, enabled, timeZone: startingZone(saved) };
}
