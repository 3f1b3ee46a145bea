import { type CsvDateFormat, checkinCsvFields } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Choice } from '../../ui/Choice';
import { useTrackers } from '../checkins/trackers-api';
import type { ImportPlan } from './api';

const REQUIRED = ['recordedAt', 'pain'];
const samplesOf = (samples: string[]) => samples.filter(Boolean).slice(0, 2).join(' · ') || '–';

/** One row per column of her file: a few example values and a select of what it holds. */
export function CsvMapping({
  plan,
  mapping,
  busy,
  dateFormat,
  onChange,
  onDateFormat,
  onBack,
  onNext,
}: {
  plan: ImportPlan;
  mapping: Record<string, string>;
  busy: boolean;
  dateFormat?: CsvDateFormat;
  onChange(mapping: Record<string, string>): void;
  onDateFormat(format: CsvDateFormat): void;
  onBack(): void;
  onNext(): void;
}) {
  const { t } = useTranslation();
  const trackers = useTrackers().data ?? [];
  const fields = [
    ...checkinCsvFields.map((f) => ({ value: f, label: t(`data.fields.${f}`) })),
    ...trackers.map((tr) => ({
      value: `custom:${tr.id}`,
      label: t('data.fields.tracker', { name: tr.name }),
    })),
  ];
  const labelOf = (field: string) => fields.find((f) => f.value === field)?.label ?? field;
  const fieldOf = (column: string) => Object.entries(mapping).find(([, c]) => c === column)?.[0] ?? '';
  const setField = (column: string, field: string) => {
    const next = Object.fromEntries(Object.entries(mapping).filter(([f, c]) => c !== column && f !== field));
    if (field) next[field] = column;
    onChange(next);
  };
  const missing = REQUIRED.filter((f) => !mapping[f]);
  // Every date could be day/month or month/day (03/04/2024): she says which; nothing is guessed.
  const askDates = plan.dateFormatChoices.length > 1;

  return (
    <div className="stack">
      {plan.longFormat && (
        <div className="notice stack">
          <p>{t('data.csvImport.longFormat', { measures: plan.longFormat.measures.join(', ') })}</p>
          {plan.longFormat.ignoredColumns.length > 0 && (
            <p>{t('data.csvImport.longIgnored', { columns: plan.longFormat.ignoredColumns.join(', ') })}</p>
          )}
        </div>
      )}
      <p>{t('data.csvImport.mapIntro')}</p>
      {plan.duplicateColumns.length > 0 && (
        <p className="notice">
          {t('data.csvImport.duplicateColumns', { names: plan.duplicateColumns.join(', ') })}
        </p>
      )}
      <div className="data-scroll">
        <table className="data csv-map">
          <thead>
            <tr>
              <th scope="col">{t('data.csvImport.column')}</th>
              <th scope="col" className="csv-samples">
                {t('data.csvImport.examples')}
              </th>
              <th scope="col">{t('data.csvImport.holds')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.columns.map((c) => (
              <tr key={c.name}>
                <th scope="row">
                  {c.name}
                  <span className="csv-sample-inline">{samplesOf(c.samples)}</span>
                </th>
                <td className="csv-samples">{samplesOf(c.samples)}</td>
                <td>
                  <select
                    aria-label={t('data.csvImport.holdsLabel', { column: c.name })}
                    value={fieldOf(c.name)}
                    onChange={(e) => setField(c.name, e.target.value)}
                  >
                    <option value="">{t('data.csvImport.leaveOut')}</option>
                    {fields.map((f) => (
                      <option key={f.value} value={f.value}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {askDates && (
        <Choice<CsvDateFormat>
          legend={t('data.csvImport.dateFormat')}
          hint={t('data.csvImport.dateFormatHint')}
          value={dateFormat}
          options={plan.dateFormatChoices.map((f) => ({
            value: f,
            label: t(`data.csvImport.dateFormats.${f}`),
          }))}
          onChange={onDateFormat}
        />
      )}
      {missing.length > 0 && (
        <p className="error" role="alert">
          {t('data.csvImport.missing', { fields: missing.map(labelOf).join(', ') })}
        </p>
      )}
      <div className="row">
        <Button onClick={onBack} disabled={busy}>
          {t('data.csvImport.back')}
        </Button>
        <Button
          variant="primary"
          onClick={onNext}
          disabled={busy || missing.length > 0 || (askDates && !dateFormat)}
          aria-busy={busy}
        >
          {busy ? t('data.downloading') : t('data.csvImport.check')}
        </Button>
      </div>
    </div>
  );
}
