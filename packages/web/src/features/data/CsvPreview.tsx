import { type CsvScaleChoice, type CsvScoreField, csvScaleChoices } from '@spinekind/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Choice } from '../../ui/Choice';
import type { ImportPlan } from './api';

const SHOWN_ERRORS = 50;

/**
 * What would happen: how her 1–5 columns are read (she says; nothing is converted for her), counts, every
 * problem with its row and column, the first rows, then the choice.
 */
export function CsvPreview({
  plan,
  busy,
  onBack,
  onScale,
  onImport,
}: {
  plan: ImportPlan;
  busy: boolean;
  onBack(): void;
  onScale(field: CsvScoreField, choice: CsvScaleChoice): void;
  onImport(accept: 'all_or_nothing' | 'valid_rows'): void;
}) {
  const { t } = useTranslation();
  const unanswered = plan.scaleQuestions.some((q) => q.choice === null);
  const badRows = new Set(plan.errors.map((e) => e.row)).size;
  const [accept, setAccept] = useState<'all_or_nothing' | 'valid_rows'>('all_or_nothing');
  const nothingNew = plan.new === 0;

  return (
    <div className="stack">
      {plan.scaleQuestions.map((q) => (
        <Choice<CsvScaleChoice>
          key={q.field}
          legend={t('data.csvImport.scaleQuestion', { column: q.column, field: t(`data.fields.${q.field}`) })}
          hint={t('data.csvImport.scaleHint', { min: q.min, max: q.max })}
          value={q.choice}
          options={csvScaleChoices.map((c) => ({ value: c, label: t(`data.csvImport.scaleChoices.${c}`) }))}
          onChange={(choice) => onScale(q.field, choice)}
        />
      ))}
      {unanswered && <p className="hint">{t('data.csvImport.scaleMissing')}</p>}
      <p role="status">
        {t('data.csvImport.summary', {
          rows: plan.rows,
          ready: plan.new,
          present: plan.alreadyPresent,
          bad: badRows,
        })}
      </p>
      {plan.errors.length > 0 && (
        <div className="data-scroll">
          <table className="data csv-errors">
            <caption>{t('data.csvImport.problems')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data.csvImport.row')}</th>
                <th scope="col">{t('data.csvImport.column')}</th>
                <th scope="col">{t('data.csvImport.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.errors.slice(0, SHOWN_ERRORS).map((e) => (
                <tr key={`${e.row}-${e.field ?? 'row'}-${e.message}`}>
                  <td>{e.row}</td>
                  <td>{e.column ?? '–'}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.errors.length > SHOWN_ERRORS && (
            <p className="muted">
              {t('data.csvImport.moreProblems', { count: plan.errors.length - SHOWN_ERRORS })}
            </p>
          )}
        </div>
      )}
      <div className="data-scroll">
        <table className="data csv-preview">
          <caption>{t('data.csvImport.previewTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.csvImport.row')}</th>
              <th scope="col">{t('data.csvImport.date')}</th>
              <th scope="col">{t('data.csvImport.pain')}</th>
              <th scope="col">{t('data.csvImport.statusTitle')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.preview.map((p) => (
              <tr key={p.row} className={p.status === 'error' ? 'csv-row-error' : undefined}>
                <td>{p.row}</td>
                <td>
                  {p.checkin?.recordedAt.slice(0, 16).replace('T', ' ') ?? (p.cells?.recordedAt || '–')}
                </td>
                <td>{p.checkin?.pain ?? (p.cells?.pain || '–')}</td>
                <td>{t(`data.csvImport.status.${p.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {badRows > 0 && plan.new > 0 && (
        <fieldset className="stack">
          <legend>{t('data.csvImport.choice')}</legend>
          <label className="check">
            <input
              type="radio"
              name="accept"
              checked={accept === 'all_or_nothing'}
              onChange={() => setAccept('all_or_nothing')}
            />
            {t('data.csvImport.allOrNothing')}
          </label>
          <label className="check">
            <input
              type="radio"
              name="accept"
              checked={accept === 'valid_rows'}
              onChange={() => setAccept('valid_rows')}
            />
            {t('data.csvImport.validRows', { count: plan.new })}
          </label>
        </fieldset>
      )}
      {nothingNew && badRows === 0 && <p>{t('data.csvImport.nothingToDo')}</p>}
      <div className="row">
        <Button onClick={onBack} disabled={busy}>
          {t('data.csvImport.back')}
        </Button>
        <Button
          variant="primary"
          onClick={() => onImport(accept)}
          disabled={busy || unanswered || nothingNew || (badRows > 0 && accept === 'all_or_nothing')}
          aria-busy={busy}
        >
          {busy ? t('data.csvImport.importing') : t('data.csvImport.import')}
        </Button>
      </div>
    </div>
  );
}
