import {
  breakCsvColumns,
  type CsvColumn,
  type CsvType,
  checkinCsvHeaders,
  checkinCsvRow,
  csvTable,
  experimentCsvColumns,
  experimentCsvRows,
  loggedSets,
  periodCsvColumns,
  questionnaireCsvColumns,
  type Session,
  screeningCsvColumns,
  strengthSetCsvColumns,
  treatmentCsvColumns,
} from '@spinekind/core';
import { stringify } from 'csv-stringify/sync';
import { breakLogResource } from '../breaks/store.js';
import { checkinResource } from '../checkins/store.js';
import { resourceStore } from '../crud/store.js';
import { periodResource } from '../cycle/store.js';
import type { UserScope } from '../db/scope.js';
import { ergonomicResource } from '../ergonomics/store.js';
import { sessionResource } from '../exercise/store.js';
import { loadExperiments } from '../experiments/store.js';
import { exportDailyMetrics, exportImportedNotes } from '../imports/store.js';
import { responseResource } from '../instruments/store.js';
import { screeningResource } from '../screenings/store.js';
import { trackerResource, treatmentResource } from '../tracking/store.js';
import {
  dailyMetricCsvColumns,
  dailyMetricRows,
  deskCheckCsvColumns,
  importedNoteCsvColumns,
} from './csv-columns.js';

/** Excel opens UTF-8 correctly only with a byte-order mark; csv-parse, pandas (`utf-8-sig`) and R skip it. */
const BOM = '\uFEFF';

const sessionColumns: CsvColumn<Session>[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'routineId', value: (s) => s.routineId },
  { header: 'startedAt', value: (s) => s.startedAt },
  { header: 'endedAt', value: (s) => s.endedAt },
  { header: 'localDate', value: (s) => s.localDate },
  { header: 'exercises', value: (s) => s.exercises?.length ?? null },
  { header: 'painBefore', value: (s) => s.painBefore },
  { header: 'painAfter', value: (s) => s.painAfter },
  { header: 'effort', value: (s) => s.effort },
  { header: 'rating', value: (s) => s.rating },
  { header: 'notes', value: (s) => s.notes, text: true },
];

async function table(type: CsvType, scope: UserScope): Promise<string[][]> {
  switch (type) {
    case 'checkins': {
      const trackers = await resourceStore(trackerResource, scope).list();
      const items = await resourceStore(checkinResource, scope).list();
      return [checkinCsvHeaders(trackers), ...items.map((c) => checkinCsvRow(c, trackers))];
    }
    case 'periods':
      return csvTable(periodCsvColumns, await resourceStore(periodResource, scope).list());
    case 'treatments':
      return csvTable(treatmentCsvColumns, await resourceStore(treatmentResource, scope).list());
    case 'screenings':
      return csvTable(screeningCsvColumns, await resourceStore(screeningResource, scope).list());
    case 'questionnaires':
      return csvTable(questionnaireCsvColumns, await resourceStore(responseResource, scope).list());
    case 'breaks':
      return csvTable(breakCsvColumns, await resourceStore(breakLogResource, scope).list());
    case 'sessions':
      return csvTable(sessionColumns, await resourceStore(sessionResource, scope).list());
    case 'daily-metrics':
      return csvTable(dailyMetricCsvColumns, dailyMetricRows(await exportDailyMetrics(scope)));
    case 'imported-notes':
      return csvTable(importedNoteCsvColumns, await exportImportedNotes(scope));
    case 'desk-checks':
      return csvTable(deskCheckCsvColumns, await resourceStore(ergonomicResource, scope).list());
    case 'strength-sets':
      return csvTable(strengthSetCsvColumns, loggedSets(await resourceStore(sessionResource, scope).list()));
    case 'experiments':
      return csvTable(experimentCsvColumns, experimentCsvRows(await loadExperiments(scope)));
  }
}

/** One record type as a CSV file: UTF-8 with BOM, CRLF line ends, one header row. */
export async function csvExport(type: CsvType, scope: UserScope): Promise<string> {
  return BOM + stringify(await table(type, scope), { record_delimiter: 'windows' });
}
