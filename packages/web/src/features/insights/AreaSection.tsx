import { functionTests, type InsightsReport } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { inSentence } from '../../lib/format';
import { useFunctionTestResults } from '../function-tests/api';
import { DataTable, fmt } from './parts';

/**
 * Pain per body area: each area's mean and trend (as a table, with the trend in words), then what went
 * with her worst area's score. Only the patterns that reached "likely" or "possible" are listed.
 */
export function AreaSection({ areas }: { areas: InsightsReport['areas'] | undefined }) {
  const { t } = useTranslation();
  if (!areas || areas.areas.length === 0) return null;
  const found = (areas.worst?.drivers ?? []).filter((d) => d.status === 'likely' || d.status === 'possible');
  return (
    <section className="card stack" aria-labelledby="areas-title" data-testid="area-insights">
      <h2 id="areas-title">{t('insights.areas.title')}</h2>
      <DataTable
        caption={t('insights.areas.caption')}
        columns={[
          t('insights.areas.area'),
          t('insights.areas.days'),
          t('insights.areas.mean'),
          t('insights.areas.trend'),
        ]}
        rows={areas.areas.map((a) => ({
          key: a.area,
          cells: [t(`areas.${a.area}`), a.days, fmt(a.mean), a.trend.sentence],
        }))}
      />
      {areas.worst ? (
        <>
          <h3>{t('insights.areas.worst', { area: inSentence(t(`areas.${areas.worst.area}`)) })}</h3>
          {found.length ? (
            <ul>
              {found.map((d) => (
                <li key={`${d.driver}:${d.lag}`}>{d.sentence}</li>
              ))}
            </ul>
          ) : (
            <p>{t('insights.areas.noPattern')}</p>
          )}
        </>
      ) : (
        <p className="muted">{t('insights.areas.needMore')}</p>
      )}
    </section>
  );
}

/** Her latest result of each function test and its change since the first, linking to the full trend. */
export function FunctionTestSection() {
  const { t } = useTranslation();
  const { byTest } = useFunctionTestResults();
  const done = functionTests.filter((test) => (byTest[test.id]?.length ?? 0) > 0);
  if (done.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="function-title" data-testid="function-insights">
      <h2 id="function-title">{t('insights.functionTests.title')}</h2>
      <ul>
        {done.map((test) => {
          const results = byTest[test.id] ?? [];
          const first = results[0];
          const last = results.at(-1);
          return (
            <li key={test.id}>
              <Link to={`/function-tests/${test.id}`}>{test.name}</Link>:{' '}
              {t('insights.functionTests.result', {
                count: results.length,
                first: first?.score.total,
                last: last?.score.total,
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
