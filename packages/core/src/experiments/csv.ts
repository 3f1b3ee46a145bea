import { addDays } from '../cycle/days.js';
import type { CsvColumn } from '../exports/record-csv.js';
import { scheduledDay } from './design.js';
import type { StoredExperiment } from './schema.js';

/** One day of one experiment: the experiment's design beside the day's condition and her answer. */
export interface ExperimentCsvRow {
  experiment: StoredExperiment;
  date: string;
  pair: number;
  condition: string;
  washout: boolean;
  followed: boolean | null;
}

const design = (key: keyof StoredExperiment & string, text = false): CsvColumn<ExperimentCsvRow> => ({
  header: key,
  value: (r) => r.experiment[key] as string | number | null,
  text,
});

/** `GET /export?format=csv&type=experiments`: one row per scheduled day, the whole schedule with its seed. */
export const experimentCsvColumns: CsvColumn<ExperimentCsvRow>[] = [
  { header: 'experimentId', value: (r) => r.experiment.id },
  design('title', true),
  design('templateId'),
  design('intervention', true),
  design('control', true),
  design('outcome'),
  design('startDate'),
  design('endDate'),
  design('periodDays'),
  design('pairs'),
  design('washoutDays'),
  design('seed'),
  design('stoppedAt'),
  { header: 'date', value: (r) => r.date },
  { header: 'pair', value: (r) => r.pair },
  { header: 'condition', value: (r) => r.condition },
  { header: 'washout', value: (r) => r.washout },
  { header: 'followed', value: (r) => r.followed },
];

/** Every scheduled day of her experiments, in order. */
export function experimentCsvRows(list: readonly StoredExperiment[]): ExperimentCsvRow[] {
  return list.flatMap((experiment) => {
    const answers = new Map(experiment.adherence.map((a) => [a.date, a.followed]));
    const rows: ExperimentCsvRow[] = [];
    for (let date = experiment.startDate; date <= experiment.endDate; date = addDays(date, 1)) {
      const slot = scheduledDay(experiment.schedule, experiment.washoutDays, date);
      if (!slot) break;
      rows.push({
        experiment,
        date,
        pair: slot.pair + 1,
        condition: slot.condition,
        washout: slot.washout,
        followed: answers.get(date) ?? null,
      });
    }
    return rows;
  });
}
