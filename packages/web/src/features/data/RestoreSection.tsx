import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { type ImportCounts, restoreBackup } from './api';

type Step =
  | { kind: 'choose' }
  | { kind: 'confirm'; doc: Record<string, unknown>; counts: ImportCounts }
  | { kind: 'done'; counts: ImportCounts };

/** What a backup document holds, read on the device before anything is sent. */
function countsOf(doc: Record<string, unknown>): ImportCounts {
  const counts: ImportCounts = {};
  for (const [key, value] of Object.entries(doc)) if (Array.isArray(value)) counts[key] = value.length;
  return counts;
}

export function CountList({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation();
  return (
    <ul className="data-counts">
      {Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([key, n]) => (
          <li key={key}>{t(`data.counts.${key}`, { count: n, defaultValue: `${n} ${key}` })}</li>
        ))}
    </ul>
  );
}

/** Restore a JSON backup: pick the file, see what it holds, confirm, see what was restored. */
export function RestoreSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    setError('');
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const doc = JSON.parse(await file.text()) as Record<string, unknown>;
      if (doc?.format !== 'spinekind-backup') throw new Error('not a backup');
      setStep({ kind: 'confirm', doc, counts: countsOf(doc) });
    } catch {
      setError(t('data.restore.notBackup'));
    }
  }

  async function onConfirm(doc: Record<string, unknown>) {
    setBusy(true);
    setError('');
    try {
      const counts = await restoreBackup(doc);
      await client.invalidateQueries();
      setStep({ kind: 'done', counts });
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="data-restore">
      <h2 id="data-restore">{t('data.restore.title')}</h2>
      <p>{t('data.restore.intro')}</p>
      {step.kind === 'choose' && (
        <div className="field">
          <label htmlFor="restore-file">{t('data.restore.file')}</label>
          <input
            id="restore-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e)}
          />
        </div>
      )}
      {step.kind === 'confirm' && (
        <div className="stack">
          <p>{t('data.restore.contains', { date: String(step.doc.exportedAt ?? '').slice(0, 10) || '–' })}</p>
          <CountList counts={step.counts} />
          <div className="row">
            <Button
              variant="primary"
              onClick={() => void onConfirm(step.doc)}
              disabled={busy}
              aria-busy={busy}
            >
              {busy ? t('data.downloading') : t('data.restore.confirm')}
            </Button>
            <Button onClick={() => setStep({ kind: 'choose' })} disabled={busy}>
              {t('data.restore.cancel')}
            </Button>
          </div>
        </div>
      )}
      {step.kind === 'done' && (
        <div className="stack" role="status">
          <p>{t('data.restore.done')}</p>
          <CountList counts={step.counts} />
          <Button onClick={() => setStep({ kind: 'choose' })}>{t('data.restore.cancel')}</Button>
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
