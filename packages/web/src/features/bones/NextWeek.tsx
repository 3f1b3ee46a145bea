import { addLocalDays, exerciseProgression, pickLocale } from '@spinekind/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayLocal } from '../../lib/dates';
import { db } from '../../offline/db';
import { useSessions } from '../move/session-list';
import { loadText, useExerciseName } from './load';

/** Days of sessions the advice reads, as the server's `GET /progression`. */
const WINDOW_DAYS = 90;

/**
 * Advice per exercise, computed on the device from the sessions and check-ins it holds (the same core
 * rule as `GET /progression`'s `exercises`), so it is there offline right after she logs a session.
 */
function useExerciseAdvice() {
  const today = todayLocal();
  const from = addLocalDays(today, -WINDOW_DAYS);
  const { items: sessions } = useSessions(from, today);
  const { i18n } = useTranslation();
  const locale = pickLocale([i18n.language ?? 'en']);
  const checkins = useLiveQuery(
    () =>
      db.checkins
        .where('localDate')
        .between(addLocalDays(from, -14), addLocalDays(today, 1), true, true)
        .toArray(),
    [from, today],
  );
  return useMemo(
    () =>
      sessions && checkins
        ? exerciseProgression(
            sessions.filter((s) => !s.syncError),
            checkins,
            locale,
          )
        : [],
    [sessions, checkins, locale],
  );
}

/** Per exercise she logged: step up, keep or step back next time, with the load and why. */
export function NextWeek() {
  const { t } = useTranslation();
  const exerciseName = useExerciseName();
  const advice = useExerciseAdvice();
  return (
    <section className="card stack" aria-labelledby="next-title" data-testid="next-week">
      <h2 id="next-title">{t('bones.nextTitle')}</h2>
      {advice.length === 0 ? (
        <p>{t('bones.nextEmpty')}</p>
      ) : (
        <ul className="bone-advice">
          {advice.map((a) => (
            <li key={a.exerciseId} data-advice={a.advice}>
              <strong>{exerciseName(a.exerciseId)}</strong>: {t(`bones.advice.${a.advice}`)}
              {a.next.load && ` · ${loadText(a.next.load, t)}`}
              {a.next.reps !== null && ` · ${t('bones.repsCount', { count: a.next.reps })}`}
              <br />
              <span className="hint">{a.reason}</span>{' '}
              <Link to={`/move/bones/history/${a.exerciseId}`}>{t('bones.history')}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
