import type { CsvDateFormat } from '@spinekind/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { type ImportPlan, type ImportResult, planImport, runImport, type ScaleAnswers } from './api';
import { CsvMapping } from './CsvMapping';
import { CsvPreview } from './CsvPreview';

type Step =
  | { kind: 'choose' }
  | {
      kind: 'map';
      csv: string;
      plan: ImportPlan;
      mapping: Record<string, string>;
      dateFormat?: CsvDateFormat;
    }
  | {
      kind: 'preview';
      csv: string;
      plan: ImportPlan;
      mapping: Record<string, string>;
      dateFormat?: CsvDateFormat;
      rescale: ScaleAnswers;
    }
  | { kind: 'done'; result: ImportResult };
const order = { choose: 1, map: 2, preview: 3, done: 4 } as const;

/** Check-ins from a CSV: choose a file → match columns → check rows and problems → import → summary. */
export function CsvImport() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  const go = (next: Step) => {
    setStep(next);
    setError('');
    // Move focus to the step's title so screen-reader users hear where they are.
    window.setTimeout(() => heading.current?.focus(), 0);
  };
  async function attempt(work: () => Promise<void>) {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    void attempt(async () => {
      const csv = await file.text();
      const plan = await planImport(csv);
      go({ kind: 'map', csv, plan, mapping: plan.suggestedMapping });
    });
  };

  return (
    <section className="card stack" aria-labelledby="data-csv">
      <h2 id="data-csv">{t('data.csvImport.title')}</h2>
      <p>{t('data.csvImport.intro')}</p>
      <p className="muted" aria-live="polite">
        {t('data.csvImport.stepOf', { step: order[step.kind] })}
      </p>
      <h3 ref={heading} tabIndex={-1}>
        {t(`data.csvImport.steps.${step.kind}`)}
      </h3>
      {step.kind === 'choose' && (
        <div className="field">
          <label htmlFor="csv-file">{t('data.csvImport.file')}</label>
          <p id="csv-file-hint" className="hint">
            {t('data.csvImport.fileHint')}
          </p>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="csv-file-hint"
            onChange={onFile}
            disabled={busy}
          />
          {busy && <p aria-live="polite">{t('data.csvImport.reading')}</p>}
        </div>
      )}
      {step.kind === 'map' && (
        <CsvMapping
          plan={step.plan}
          mapping={step.mapping}
          busy={busy}
          dateFormat={step.dateFormat}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onDateFormat={(dateFormat) => setStep({ ...step, dateFormat })}
          onBack={() => go({ kind: 'choose' })}
          onNext={() =>
            void attempt(async () => {
              const plan = await planImport(step.csv, step.mapping, step.dateFormat);
              go({
                kind: 'preview',
                csv: step.csv,
                plan,
                mapping: step.mapping,
                dateFormat: step.dateFormat,
                rescale: {},
              });
            })
          }
        />
      )}
      {step.kind === 'preview' && (
        <CsvPreview
          plan={step.plan}
          busy={busy}
          onBack={() => go({ ...step, kind: 'map' })}
          onScale={(field, choice) =>
            void attempt(async () => {
              // Read again with her answer, so the preview shows the rows as they would be saved.
              const rescale = { ...step.rescale, [field]: choice };
              const plan = await planImport(step.csv, step.mapping, step.dateFormat, rescale);
              setStep({ ...step, plan, rescale });
            })
          }
          onImport={(accept) =>
            void attempt(async () => {
              const result = await runImport(step.csv, step.mapping, accept, step.dateFormat, step.rescale);
              await client.invalidateQueries();
              go({ kind: 'done', result });
            })
          }
        />
      )}
      {step.kind === 'done' && (
        <div className="stack" role="status">
          <p>
            {[
              t('data.csvImport.doneImported', { count: step.result.imported.checkins }),
              step.result.alreadyPresent > 0 &&
                t('data.csvImport.donePresent', { count: step.result.alreadyPresent }),
              step.result.skippedRows > 0 &&
                t('data.csvImport.doneSkipped', { count: step.result.skippedRows }),
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
          <div className="row">
            <Link className="btn btn-primary" to="/history">
              {t('data.csvImport.toHistory')}
            </Link>
            <Button onClick={() => go({ kind: 'choose' })}>{t('data.csvImport.again')}</Button>
          </div>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
