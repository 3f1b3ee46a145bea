import { cell, columnsOf, notThisExport } from './app-files.js';
import type { DayFlow } from './apple-periods.js';
import { dayRecords, isoDay, type NormalizedImport } from './day-records.js';
import { symptomKeyOf } from './symptom-names.js';

/**
 * drip.'s CSV export: `date` and dotted columns (`bleeding.value`, `bleeding.exclude`, `pain.backache`,
 * `mood.stressed`, `note.value`…), found by name, never by position; booleans as `true`/`false`; newest
 * day first (order does not matter here).
 */
const bleedingLevels: Record<string, DayFlow> = {
  '0': 'spotting',
  '1': 'light',
  '2': 'medium',
  '3': 'heavy',
};

/** Column groups we leave out, what she reads for them, and why (whole texts, so each translates as one). */
const leftOut: Record<string, { what: string; why: string }> = {
  temperature: { what: 'Temperature entries', why: 'Spinekind does not track basal body temperature' },
  mucus: { what: 'Mucus entries', why: 'Spinekind does not track cervical mucus' },
  cervix: { what: 'Cervix entries', why: 'Spinekind does not track the cervix' },
  desire: { what: 'Desire entries', why: 'Spinekind does not track desire' },
  sex: { what: 'Sex entries', why: 'Spinekind does not track sex or contraception' },
};
const isTrue = (text: string) => text.toLowerCase() === 'true';

/** drip.'s CSV export → daily records: bleeding → periods, pain and fatigue → symptom days, notes kept. */
export function dripImport() {
  const days = dayRecords();
  let columns = new Map<string, number>();
  let flagColumns: string[] = [];
  return {
    header(row: readonly string[]): void {
      columns = columnsOf(row);
      if (!columns.has('date') || !columns.has('bleeding.value'))
        throw notThisExport('drip.', 'its first line has the columns date and bleeding.value');
      flagColumns = [...columns.keys()].filter((n) => /^(pain|mood)\.(?!note$)/.test(n));
    },
    add(row: readonly string[], line: number): void {
      const given = cell(row, columns, 'date');
      const date = isoDay(given);
      if (!date || given.length !== 10) {
        days.error(line, given ? `"${given}" is not a date like 2024-03-21.` : 'The row has no date.');
        return;
      }
      const bleeding = cell(row, columns, 'bleeding.value');
      if (bleeding !== '') {
        const flow = bleedingLevels[bleeding];
        if (!flow) days.error(line, `Bleeding "${bleeding}" is not 0, 1, 2 or 3.`);
        else if (isTrue(cell(row, columns, 'bleeding.exclude')))
          days.leaveOut('Bleeding days marked "exclude"', 'you told drip. to leave them out of your cycle');
        else days.flow(date, flow);
      }
      for (const name of flagColumns) {
        if (!isTrue(cell(row, columns, name))) continue;
        const what = name.slice(name.indexOf('.') + 1);
        const key = what === 'other' ? undefined : symptomKeyOf(what);
        if (key && key !== 'hotFlushes') days.metric(date, `symptom:${key}`, 1, 'max');
        else days.leaveOut(`Column "${name}"`, 'Spinekind keeps no such symptom or mood word');
      }
      for (const name of ['note.value', 'pain.note', 'mood.note']) {
        const text = cell(row, columns, name);
        if (text) days.note(date, text);
      }
      for (const [group, { what, why }] of Object.entries(leftOut))
        if (
          [...columns.keys()].some(
            (n) =>
              n.startsWith(`${group}.`) &&
              !n.endsWith('.exclude') &&
              cell(row, columns, n) !== '' &&
              cell(row, columns, n).toLowerCase() !== 'false',
          )
        )
          days.leaveOut(what, why);
    },
    finish(): NormalizedImport {
      return days.finish();
    },
  };
}
