import { type ErgonomicArea, lessonFor } from '@spinekind/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../lib/dates';
import { formatDay } from '../../lib/format';
import { LessonLink } from '../../ui/LessonLink';
import { type DeskCheck, recheckDate } from './api';

/** A check's result: overall score, the three fixes worth most, each area's score, fixes and evidence. */
export function CheckResult({
  check,
  areas,
  heading,
}: {
  check: DeskCheck;
  areas: readonly ErgonomicArea[];
  heading?: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation();
  const areaOf = new Map(areas.map((a) => [a.id, a]));
  const recheck = formatDay(todayLocal(recheckDate(check)), 'dayMonth');
  return (
    <section className="card stack desk-result" aria-labelledby="desk-result" data-testid="desk-result">
      <h2 id="desk-result" ref={heading} tabIndex={-1}>
        {t('deskCheck.resultTitle')}
      </h2>
      <p className="result-level">{t('deskCheck.overall', { score: check.score })}</p>
      <p className="hint">{t('deskCheck.overallHint')}</p>
      <h3>{t('deskCheck.topFixes')}</h3>
      {check.topFixes.length > 0 ? (
        <ol className="top-fixes" data-testid="top-fixes">
          {check.topFixes.map((fix) => (
            <li key={fix}>{fix}</li>
          ))}
        </ol>
      ) : (
        <p>{t('deskCheck.noFixes')}</p>
      )}
      <p>
        <LessonLink id={lessonFor.deskCheckResult} />
      </p>
      <ul className="area-results">
        {check.areas.map((a) => {
          const area = areaOf.get(a.area);
          return (
            <li key={a.area} className="area-result">
              <div className="area-head">
                <h3>{area?.label ?? a.area}</h3>
                <span className="area-score">{t('deskCheck.areaScore', { score: a.score })}</span>
              </div>
              <div
                className="area-bar"
                role="presentation"
                style={{ ['--score' as string]: `${a.score}%` }}
              />
              {a.fixes.length > 0 && (
                <ul className="area-fixes" aria-label={t('deskCheck.fixes')}>
                  {a.fixes.map((fix) => (
                    <li key={fix}>{fix}</li>
                  ))}
                </ul>
              )}
              {area && (
                <details className="table-toggle">
                  <summary>{t('deskCheck.evidence')}</summary>
                  <p>{area.note}</p>
                  <ul className="sources">
                    {area.sources.map((s) => (
                      <li key={s.title}>
                        {s.title} · {t('deskCheck.grade', { grade: s.grade })}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      <p className="notice">{t('deskCheck.recheckNote', { date: recheck })}</p>
    </section>
  );
}
