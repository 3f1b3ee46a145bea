import type { Tracker } from '../trackers/schema.js';
import { type CheckinCsvField, checkinCsvFields, trackerHeader } from './checkin-csv.js';

/** Other apps' names for our fields, written as `normal` would leave them (lower case, letters and digits). */
const synonyms: Partial<Record<CheckinCsvField, string[]>> = {
  id: ['uuid', 'entryid', 'recordid'],
  recordedAt: ['date', 'datetime', 'time', 'timestamp', 'recorded', 'when', 'day', 'entrydate', 'startdate'],
  pain: ['painlevel', 'painscore', 'painnow', 'backpain', 'painintensity', 'averagepain', 'pain010'],
  painWorst: ['worstpain', 'maxpain', 'painmax', 'highestpain', 'peakpain'],
  bodyAreas: ['areas', 'bodyarea', 'location', 'painlocation', 'where', 'bodyparts'],
  painByArea: ['painperarea', 'areapain', 'areascores'],
  painQualities: ['painquality', 'painkind', 'paintype', 'howitfeels'],
  stiffnessMinutes: ['stiffness', 'morningstiffness', 'stiffnessmin'],
  sleepHours: ['sleep', 'hoursslept', 'sleepduration', 'hoursofsleep', 'sleephrs', 'sleeptime'],
  sleepQuality: ['sleepscore', 'qualityofsleep'],
  nightPain: ['painatnight', 'nocturnalpain'],
  nightWakings: ['wakings', 'awakenings', 'timeswoken', 'nightwakeups'],
  mood: ['moodscore', 'feeling'],
  stress: ['stresslevel', 'stressscore'],
  hotFlushes: ['hotflashes', 'hotflush', 'hotflash', 'flushes', 'flashes'],
  nightSweats: ['sweats', 'nightsweat'],
  bleeding: ['flow', 'period', 'menstrualflow', 'menstruation'],
  activityMinutes: ['activity', 'exerciseminutes', 'exercise', 'activeminutes'],
  sittingHours: ['sitting', 'sittinghrs', 'hourssitting'],
  waterGlasses: ['water', 'glasses', 'glassesofwater'],
  foods: ['food', 'diet'],
  weightKg: ['weight', 'bodyweight', 'bodymass', 'kg'],
  waistCm: ['waist', 'waistcircumference', 'waistsize'],
  notes: ['note', 'comment', 'comments', 'journal', 'diary', 'text', 'remarks'],
};

/** Lower case, letters and digits only: `Sleep (hours)` → `sleephours`. */
const normal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Without a unit or hint in brackets: `Pain (0-10)` → `pain`. */
const bare = (s: string) => normal(s.replace(/\(.*?\)|\[.*?\]/g, ''));

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j] as number;
      row[j] = Math.min(here + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length] as number;
}

export type MatchKind = 'exact' | 'synonym' | 'fuzzy';
export interface ColumnMatch {
  field: CheckinCsvField;
  column: string;
  how: MatchKind;
}

/**
 * Suggests which CSV column feeds which check-in field. Our own export maps one to one (`exact`); other apps'
 * headers match through synonyms and bracketed units (`Sleep (hours)`), then through small typos (`fuzzy`,
 * edit distance ≤ 2 on names of 6 letters or more). Each column is used at most once; `localDate` never is.
 */
export function suggestCheckinMapping(
  headers: readonly string[],
  trackers: readonly Tracker[],
): ColumnMatch[] {
  const targets: { field: CheckinCsvField; names: string[]; alt: string[] }[] = [
    ...checkinCsvFields.map((f) => ({
      field: f as CheckinCsvField,
      names: [normal(f)],
      alt: synonyms[f] ?? [],
    })),
    ...trackers.map((t) => ({
      field: `custom:${t.id}` as CheckinCsvField,
      names: [normal(trackerHeader(t, trackers))],
      alt: [normal(`custom:${t.name}`), normal(t.name)],
    })),
  ];
  const matches: ColumnMatch[] = [];
  const used = new Set<string>();
  const done = new Set<string>();
  const pass = (how: MatchKind, test: (header: string, t: (typeof targets)[number]) => boolean) => {
    for (const t of targets) {
      if (done.has(t.field)) continue;
      const column = headers.find((h) => !used.has(h) && normal(h) !== 'localdate' && test(h, t));
      if (column === undefined) continue;
      matches.push({ field: t.field, column, how });
      used.add(column);
      done.add(t.field);
    }
  };
  pass('exact', (h, t) => t.names.includes(normal(h)));
  pass('synonym', (h, t) => [...t.names, ...t.alt].includes(bare(h)) || t.alt.includes(normal(h)));
  pass('fuzzy', (h, t) => {
    const b = bare(h);
    return b.length >= 6 && [...t.names, ...t.alt].some((n) => n.length >= 6 && distance(b, n) <= 2);
  });
  return matches;
}
