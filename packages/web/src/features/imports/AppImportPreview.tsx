import type { AppImportAnswer } from '@spinekind/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { longDate } from './ImportResult';

/** The dry run of an import from another app: the days, what comes in by kind, what does not and why, bad rows. */
export function AppImportPreview({ answer, children }: { answer: AppImportAnswer; children: ReactNode }) {
  const { t } = useTranslation();
  const kinds = Object.entries(answer.counts).sort(([a], [b]) => (a < b ? -1 : 1));
  const kindName = (kind: string) => {
    const name = kind.startsWith('symptom:')
      ? t(`imported.symptoms.${kind.slice(8)}`, { defaultValue: kind.slice(8) })
      : t(`otherApps.kinds.${kind}`, { defaultValue: kind });
    return name.charAt(0).toUpperCase() + name.slice(1);
  };
  return (
    <section className="card stack" aria-labelledby="apps-preview" data-testid="app-import-preview">
      <h2 id="apps-preview">{t('otherApps.previewTitle')}</h2>
      <p>
        {answer.from && answer.to
          ? t('otherApps.range', { from: longDate(answer.from), to: longDate(answer.to) })
          : t('otherApps.rangeNothing')}
      </p>
      <ul>
        <li>{t('otherApps.newValues', { count: answer.newValues })}</li>
        {answer.alreadyPresent > 0 && <li>{t('otherApps.already', { count: answer.alreadyPresent })}</li>}
        {answer.periods > 0 && <li>{t('otherApps.periods', { count: answer.periods })}</li>}
        {answer.periodsAlreadyLogged > 0 && (
          <li>{t('otherApps.periodsKept', { count: answer.periodsAlreadyLogged })}</li>
        )}
        {answer.checkins > 0 && <li>{t('otherApps.checkins', { count: answer.checkins })}</li>}
        {answer.checkinsAlreadyPresent > 0 && (
          <li>{t('otherApps.checkinsAlready', { count: answer.checkinsAlreadyPresent })}</li>
        )}
        {answer.checkinsKept > 0 && <li>{t('otherApps.checkinsKept', { count: answer.checkinsKept })}</li>}
      </ul>
      {kinds.length > 0 && (
        <table className="data">
          <caption>{t('otherApps.countsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('otherApps.kind')}</th>
              <th scope="col" className="num">
                {t('otherApps.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {kinds.map(([kind, n]) => (
              <tr key={kind}>
                <th scope="row">{kindName(kind)}</th>
                <td className="num">{n.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {answer.notImported.length > 0 && (
        <div className="stack">
          <h3>{t('otherApps.notTitle')}</h3>
          <ul>
            {answer.notImported.map((n) => (
              <li key={`${n.what}|${n.why}`}>{t('otherApps.notItem', n)}</li>
            ))}
          </ul>
        </div>
      )}
      {answer.errorCount > 0 && (
        <div className="stack" role="alert">
          <h3>{t('otherApps.errorsTitle', { count: answer.errorCount })}</h3>
          <ul>
            {answer.errors.map((e) => (
              <li key={`${e.line}|${e.message}`}>{t('otherApps.errorLine', e)}</li>
            ))}
          </ul>
          <p className="hint">{t('otherApps.errorsHelp')}</p>
        </div>
      )}
      {children}
    </section>
  );
}
