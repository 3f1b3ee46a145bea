import type { BodyArea } from '@spinekind/core';

/** What History shows: everything, or one kind of record. */
export const historyKinds = ['all', 'checkins', 'safety', 'events'] as const;
export type HistoryKind = (typeof historyKinds)[number];

/** Her search and filters on History; the defaults show everything. */
export interface HistoryFilter {
  text: string;
  area: BodyArea | '';
  painMin: number;
  painMax: number;
  kind: HistoryKind;
}

export const noFilter: HistoryFilter = { text: '', area: '', painMin: 0, painMax: 10, kind: 'all' };

/** Whether any filter narrows the list (then History searches all her days, not only the recent ones). */
export const isFiltering = (f: HistoryFilter): boolean =>
  f.text.trim() !== '' || f.area !== '' || f.painMin > 0 || f.painMax < 10 || f.kind !== 'all';

/** Filters that only check-ins can meet: where it hurt and how much. */
const checkinOnly = (f: HistoryFilter) => f.area !== '' || f.painMin > 0 || f.painMax < 10;

const has = (haystack: string, text: string) =>
  haystack.toLocaleLowerCase().includes(text.trim().toLocaleLowerCase());

/** A check-in matches when it fits every filter; the text is looked for in its note and its areas' names. */
export function checkinMatches(
  c: { pain: number; bodyAreas?: readonly string[] | null; notes?: string | null },
  f: HistoryFilter,
  areaName: (area: string) => string,
): boolean {
  if (f.kind !== 'all' && f.kind !== 'checkins') return false;
  if (c.pain < f.painMin || c.pain > f.painMax) return false;
  if (f.area !== '' && !c.bodyAreas?.includes(f.area)) return false;
  if (f.text.trim() === '') return true;
  return has([c.notes ?? '', ...(c.bodyAreas ?? []).map(areaName)].join(' '), f.text);
}

/** A safety check or another dated event (period, treatment, questionnaire, session) matches by its words. */
export function lineMatches(kind: 'safety' | 'events', words: string, f: HistoryFilter): boolean {
  if (f.kind !== 'all' && f.kind !== kind) return false;
  if (checkinOnly(f)) return false;
  return f.text.trim() === '' || has(words, f.text);
}
