import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDay } from '../../lib/format';
import { Page } from '../../ui/Page';
import { useExerciseHistory } from './api';
import { LoadChart } from './LoadChart';
import { loadText, useExerciseName } from './load';
import './bones.css';

/** One exercise's load log: the best set per week as a chart, the weeks and every set as tables. */
export function Component() {
  const { t } = useTranslation();
  const exerciseName = useExerciseName();
  const { id = '' } = useParams();
  const history = useExerciseHistory(id).data;
  const name = exerciseName(id);
  return (
    <Page title={t('bones.historyTitle', { name })} back={{ to: '/move/bones', label: t('bones.title') }}>
      {!history ? (
        <p>{t('app.loading')}</p>
      ) : history.sets.length === 0 ? (
        <p>{t('bones.historyEmpty')}</p>
      ) : (
        <>
          <LoadChart weeks={history.weeks} />
          <table className="data-table" data-testid="history-weeks">
            <caption>{t('bones.weeksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bones.weekOf')}</th>
                <th scope="col">{t('bones.best')}</th>
                <th scope="col">{t('bones.setsCol')}</th>
                <th scope="col">{t('bones.volume')}</th>
              </tr>
            </thead>
            <tbody>
              {history.weeks.map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row">{formatDay(w.weekStart)}</th>
                  <td>
                    {w.best.reps ?? w.best.seconds} ×{' '}
                    {loadText(
                      {
                        loadKg: w.best.loadKg ?? undefined,
                        band: w.best.band ?? undefined,
                        bodyweight: w.best.bodyweight || undefined,
                      },
                      t,
                    ) || t('bones.bodyweight')}
                  </td>
                  <td>{w.sets}</td>
                  <td>
                    {w.volumeKg > 0
                      ? t('bones.kg', { kg: w.volumeKg })
                      : t('bones.repsCount', { count: w.reps })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>{t('bones.everySet')}</summary>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('bones.date')}</th>
                  <th scope="col">{t('bones.setsCol')}</th>
                  <th scope="col">{t('bones.reps')}</th>
                  <th scope="col">{t('bones.load')}</th>
                  <th scope="col">{t('bones.rpeShort')}</th>
                </tr>
              </thead>
              <tbody>
                {history.sets.map((s) => (
                  <tr key={`${s.sessionId}-${s.set}`}>
                    <td>{formatDay(s.date)}</td>
                    <td>{s.set}</td>
                    <td>{s.reps ?? `${s.seconds} s`}</td>
                    <td>
                      {loadText(
                        {
                          loadKg: s.loadKg ?? undefined,
                          band: s.band ?? undefined,
                          bodyweight: s.bodyweight || undefined,
                        },
                        t,
                      )}
                    </td>
                    <td>{s.rpe ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </Page>
  );
}
