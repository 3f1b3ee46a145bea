import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';

/** The private calendar feed: create or rotate its secret link, copy it, and how to subscribe. */
export function CalendarSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function create() {
    setBusy(true);
    setError('');
    try {
      setUrl((await call('POST /calendar/token', { body: {} })).url);
      toast(t('calendar.created'));
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      toast(t('calendar.copied'));
    } catch {
      toast(t('calendar.copyFailed'), { tone: 'error' });
    }
  }

  return (
    <section className="card stack" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      {url && (
        <div className="field">
          <label htmlFor={id}>{t('calendar.linkLabel')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('calendar.shownOnce')}
          </p>
          <div className="copy-row">
            <input
              id={id}
              readOnly
              value={url}
              aria-describedby={`${id}-hint`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button onClick={() => void copy()}>{t('calendar.copy')}</Button>
          </div>
        </div>
      )}
      <div className="row">
        <Button variant={url ? 'secondary' : 'primary'} disabled={busy} onClick={() => void create()}>
          {url ? t('calendar.rotate') : t('calendar.create')}
        </Button>
        <span className="hint">{t('calendar.rotateHint')}</span>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <details className="table-toggle">
        <summary>{t('calendar.howTo')}</summary>
        <ul className="how-to">
          <li>{t('calendar.google')}</li>
          <li>{t('calendar.apple')}</li>
          <li>{t('calendar.outlook')}</li>
        </ul>
      </details>
    </section>
  );
}
