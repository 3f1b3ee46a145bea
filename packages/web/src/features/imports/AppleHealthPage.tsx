import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { ImportResult } from './ImportResult';
import { type AppleImportResult, type UploadHandle, uploadAppleExport, uploadTypeOf } from './upload';
import './imports.css';

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; fraction: number }
  | { kind: 'processing' }
  | { kind: 'done'; result: AppleImportResult }
  | { kind: 'failed'; message: string };

const size = (bytes: number) =>
  bytes >= 2 ** 30
    ? `${formatNumber(bytes / 2 ** 30)} GB`
    : `${formatNumber(Math.max(0.1, bytes / 2 ** 20))} MB`;

/** Apple Health import: how to export on the iPhone, choose the file, upload with progress, see what came in. */
export function Component() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [fileError, setFileError] = useState('');
  const handle = useRef<UploadHandle | null>(null);
  const busy = state.kind === 'uploading' || state.kind === 'processing';

  function onChoose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0] ?? null;
    setFileError(chosen && !uploadTypeOf(chosen) ? t('appleHealth.wrongFile') : '');
    setFile(chosen);
    setState({ kind: 'idle' });
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setFileError(t('appleHealth.noFile'));
    if (!uploadTypeOf(file)) return setFileError(t('appleHealth.wrongFile'));
    setState({ kind: 'uploading', fraction: 0 });
    handle.current = uploadAppleExport(
      file,
      (fraction) => setState({ kind: 'uploading', fraction }),
      () => setState({ kind: 'processing' }),
    );
    try {
      const result = await handle.current.done;
      setState({ kind: 'done', result });
      await client.invalidateQueries({ queryKey: ['daily-metrics'] });
      await client.invalidateQueries({ queryKey: ['periods'] });
    } catch (err) {
      const cancelled = err instanceof DOMException && err.name === 'AbortError';
      setState({ kind: 'failed', message: cancelled ? t('appleHealth.cancelled') : problemMessage(err, t) });
    } finally {
      handle.current = null;
    }
  }

  return (
    <Page title={t('appleHealth.title')} back={{ to: '/data', label: t('data.title') }}>
      <p>{t('appleHealth.intro')}</p>
      <section className="card stack" aria-labelledby="apple-how">
        <h2 id="apple-how">{t('appleHealth.howTitle')}</h2>
        <ol className="steps">
          {(t('appleHealth.how', { returnObjects: true }) as string[]).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="hint">{t('appleHealth.privacy')}</p>
      </section>
      <form className="card stack" onSubmit={onSubmit} noValidate aria-labelledby="apple-upload">
        <h2 id="apple-upload" className="visually-hidden">
          {t('appleHealth.start')}
        </h2>
        <div className="field">
          <label htmlFor="apple-file">{t('appleHealth.fileLabel')}</label>
          <p id="apple-file-hint" className="hint">
            {t('appleHealth.fileHint')}
          </p>
          <input
            id="apple-file"
            type="file"
            accept=".zip,.xml,application/zip,application/xml,text/xml"
            onChange={onChoose}
            disabled={busy}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'apple-file-hint apple-file-error' : 'apple-file-hint'}
          />
          {file && !fileError && (
            <p className="muted">{t('appleHealth.chosen', { name: file.name, size: size(file.size) })}</p>
          )}
          {fileError && (
            <p id="apple-file-error" className="error">
              {fileError}
            </p>
          )}
        </div>
        <Progress state={state} onCancel={() => handle.current?.cancel()} />
        {!busy && (
          <Button type="submit" variant="primary" disabled={!file}>
            {t('appleHealth.start')}
          </Button>
        )}
      </form>
      {state.kind === 'failed' && (
        <div className="notice stack" role="alert">
          <h2>{t('appleHealth.failed')}</h2>
          <p>{state.message}</p>
        </div>
      )}
      {state.kind === 'done' && <ImportResult result={state.result} />}
    </Page>
  );
}

function Progress({ state, onCancel }: { state: State; onCancel: () => void }) {
  const { t } = useTranslation();
  if (state.kind !== 'uploading' && state.kind !== 'processing') return null;
  const percent = state.kind === 'uploading' ? Math.floor(state.fraction * 100) : 100;
  return (
    <div className="upload-progress stack">
      <progress
        max={100}
        value={state.kind === 'uploading' ? percent : undefined}
        aria-label={t('appleHealth.uploadLabel')}
      />
      <p role="status">
        {state.kind === 'uploading' ? t('appleHealth.uploading', { percent }) : t('appleHealth.processing')}
      </p>
      {state.kind === 'uploading' && <Button onClick={onCancel}>{t('appleHealth.cancel')}</Button>}
    </div>
  );
}
