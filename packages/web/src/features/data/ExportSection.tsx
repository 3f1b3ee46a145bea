import { type CsvType, csvTypes } from '@spinekind/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { downloadFile } from './api';

/** JSON backup, a CSV per record type, and the FHIR bundle. */
export function ExportSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const [type, setType] = useState<CsvType>('checkins');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState('');

  async function get(key: string, path: string, fallback: string) {
    setError('');
    setBusy(key);
    try {
      toast(t('data.downloaded', { name: await downloadFile(path, fallback) }));
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(null);
    }
  }
  const label = (key: string, text: string) => (busy === key ? t('data.downloading') : text);

  return (
    <section className="card stack" aria-labelledby="data-export">
      <h2 id="data-export">{t('data.export.title')}</h2>
      <div className="stack">
        <h3>{t('data.export.backup')}</h3>
        <p className="hint">{t('data.export.backupHint')}</p>
        <Button
          onClick={() => void get('json', '/export?format=json', 'spinekind-backup.json')}
          disabled={!!busy}
          aria-busy={busy === 'json'}
        >
          {label('json', `${t('data.export.download')} JSON`)}
        </Button>
      </div>
      <div className="stack">
        <h3>{t('data.export.csv')}</h3>
        <p className="hint">{t('data.export.csvHint')}</p>
        <Select
          label={t('data.export.csvType')}
          value={type}
          onChange={(v) => setType(v as typeof type)}
          options={csvTypes.map((c) => ({ value: c, label: t(`data.export.csvTypes.${c}`) }))}
        />
        <Button
          onClick={() => void get('csv', `/export?format=csv&type=${type}`, `spinekind-${type}.csv`)}
          disabled={!!busy}
          aria-busy={busy === 'csv'}
        >
          {label('csv', t('data.export.csvButton'))}
        </Button>
      </div>
      <div className="stack">
        <h3>{t('data.export.fhir')}</h3>
        <p className="hint">{t('data.export.fhirHint')}</p>
        <Button
          onClick={() => void get('fhir', '/export?format=fhir', 'spinekind-fhir.json')}
          disabled={!!busy}
          aria-busy={busy === 'fhir'}
        >
          {label('fhir', `${t('data.export.download')} FHIR`)}
        </Button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
