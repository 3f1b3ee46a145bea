import { type AppImportAnswer, type AppImportSource, appImportSources } from '@spinekind/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { AppImportPreview } from './AppImportPreview';
import { type FileUpload, sendFile } from './upload';
import './imports.css';

type State =
  | { kind: 'idle' }
  | { kind: 'sending'; fraction: number; dryRun: boolean }
  | { kind: 'reading'; dryRun: boolean }
  | { kind: 'preview'; answer: AppImportAnswer }
  | { kind: 'done'; answer: AppImportAnswer }
  | { kind: 'failed'; message: string };

const CSV_SOURCES: readonly AppImportSource[] = ['bearable', 'drip'];
const accepts = (source: AppImportSource) =>
  source === 'fitbit' || source === 'health-connect'
    ? '.zip,application/zip'
    : CSV_SOURCES.includes(source)
      ? '.csv,text/csv'
      : '.json,.cluedata,application/json';
const contentType = (source: AppImportSource) =>
  source === 'fitbit' || source === 'health-connect'
    ? 'application/zip'
    : CSV_SOURCES.includes(source)
      ? 'text/csv'
      : 'application/json';
const size = (bytes: number) => `${formatNumber(Math.max(0.1, bytes / 2 ** 20))} MB`;

/** Data → Import from another app: pick the app, drop the file, see the dry run, import, see the summary. */
export function Component() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [source, setSource] = useState<AppImportSource>('bearable');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [weightUnit, setWeightUnit] = useState<'kg' | 'lb' | 'none'>('none');
  const handle = useRef<FileUpload<AppImportAnswer> | null>(null);
  const busy = state.kind === 'sending' || state.kind === 'reading';

  async function send(chosen: File, dryRun: boolean) {
    setState({ kind: 'sending', fraction: 0, dryRun });
    const unit = source === 'fitbit' && weightUnit !== 'none' ? `&weightUnit=${weightUnit}` : '';
    const query = `dryRun=${dryRun}${!dryRun && skipBadRows ? '&skipBadRows=true' : ''}${unit}`;
    handle.current = sendFile<AppImportAnswer>(
      `/api/v1/import/${source}?${query}`,
      chosen,
      contentType(source),
      (fraction) => setState({ kind: 'sending', fraction, dryRun }),
      () => setState({ kind: 'reading', dryRun }),
    );
    try {
      const answer = await handle.current.done;
      setState({ kind: dryRun ? 'preview' : 'done', answer });
      if (!dryRun) {
        await client.invalidateQueries({ queryKey: ['daily-metrics'] });
        await client.invalidateQueries({ queryKey: ['periods'] });
      }
    } catch (err) {
      const cancelled = err instanceof DOMException && err.name === 'AbortError';
      setState({ kind: 'failed', message: cancelled ? t('otherApps.cancelled') : problemMessage(err, t) });
    } finally {
      handle.current = null;
    }
  }

  function choose(chosen: File | null) {
    setFile(chosen);
    setSkipBadRows(false);
    if (chosen) void send(chosen, true);
    else setState({ kind: 'idle' });
  }
  const onInput = (e: ChangeEvent<HTMLInputElement>) => choose(e.target.files?.[0] ?? null);
  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    if (!busy) choose(e.dataTransfer.files[0] ?? null);
  }

  return (
    <Page title={t('otherApps.title')} back={{ to: '/data', label: t('data.title') }}>
      <p>{t('otherApps.intro')}</p>
      <fieldset className="card stack question" disabled={busy}>
        <legend>{t('otherApps.sourceLegend')}</legend>
        <div className="app-sources">
          {appImportSources.map((s) => (
            <label key={s} className="app-source">
              <input
                type="radio"
                name="app-source"
                value={s}
                checked={source === s}
                onChange={() => {
                  setSource(s);
                  setFile(null);
                  setState({ kind: 'idle' });
                }}
                aria-describedby={`how-${s}`}
              />
              <span>
                <b>{t(`otherApps.sources.${s}`)}</b>
                <span id={`how-${s}`} className="hint">
                  {t(`otherApps.how.${s}`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {source === 'fitbit' && (
        <div className="card field">
          <label htmlFor="fitbit-weight-unit">{t('otherApps.weightUnit')}</label>
          <select
            id="fitbit-weight-unit"
            value={weightUnit}
            onChange={(e) => setWeightUnit(e.target.value as 'kg' | 'lb' | 'none')}
            disabled={busy || file !== null}
          >
            {(['none', 'kg', 'lb'] as const).map((u) => (
              <option key={u} value={u}>
                {t(`otherApps.weightUnits.${u}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="card stack">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds dropping; the file input inside is the accessible control */}
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label id="app-file-label" htmlFor="app-file">
            {t('otherApps.fileLabel')}
          </label>
          <p id="app-file-hint" className="hint">
            {t('otherApps.dropHint')}
          </p>
          <input
            id="app-file"
            key={source}
            type="file"
            accept={accepts(source)}
            onChange={onInput}
            disabled={busy}
            aria-describedby="app-file-hint"
          />
          {file && (
            <p className="muted">{t('otherApps.chosen', { name: file.name, size: size(file.size) })}</p>
          )}
        </div>
        <Progress state={state} onCancel={() => handle.current?.cancel()} />
      </div>
      {state.kind === 'failed' && (
        <div className="notice stack" role="alert">
          <h2>{t('otherApps.failed')}</h2>
          <p>{state.message}</p>
        </div>
      )}
      {state.kind === 'preview' && (
        <AppImportPreview answer={state.answer}>
          {state.answer.errorCount > 0 && (
            <label className="check">
              <input
                type="checkbox"
                checked={skipBadRows}
                onChange={(e) => setSkipBadRows(e.target.checked)}
              />
              <span>{t('otherApps.skipBadRows')}</span>
            </label>
          )}
          <Button
            variant="primary"
            disabled={!file || (state.answer.errorCount > 0 && !skipBadRows)}
            onClick={() => file && send(file, false)}
          >
            {t('otherApps.importButton')}
          </Button>
        </AppImportPreview>
      )}
      {state.kind === 'done' && (
        <section
          className="card stack"
          aria-labelledby="apps-done"
          data-testid="app-import-done"
          role="status"
        >
          <h2 id="apps-done">{t('otherApps.doneTitle')}</h2>
          {state.answer.newValues > 0 && (
            <p>
              {t('otherApps.done', {
                count: state.answer.newValues,
                source: t(`otherApps.sources.${state.answer.source}`),
              })}
            </p>
          )}
          {state.answer.newValues + state.answer.periods + state.answer.checkins === 0 && (
            <p>{t('otherApps.doneNothingNew')}</p>
          )}
          {state.answer.periods > 0 && <p>{t('otherApps.periods', { count: state.answer.periods })}</p>}
          {state.answer.checkins > 0 && <p>{t('otherApps.checkins', { count: state.answer.checkins })}</p>}
          <p>
            <Link to="/history">{t('otherApps.seeHistory')}</Link>
          </p>
        </section>
      )}
    </Page>
  );
}

function Progress({ state, onCancel }: { state: State; onCancel: () => void }) {
  const { t } = useTranslation();
  if (state.kind !== 'sending' && state.kind !== 'reading') return null;
  const percent = state.kind === 'sending' ? Math.floor(state.fraction * 100) : 100;
  const reading = state.dryRun ? t('otherApps.checking') : t('otherApps.importing');
  return (
    <div className="upload-progress stack">
      <progress
        max={100}
        value={state.kind === 'sending' ? percent : undefined}
        aria-label={t('otherApps.uploadLabel')}
      />
      <p role="status">{state.kind === 'sending' ? t('otherApps.uploading', { percent }) : reading}</p>
      {state.kind === 'sending' && <Button onClick={onCancel}>{t('otherApps.cancel')}</Button>}
    </div>
  );
}
