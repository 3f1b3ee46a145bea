import { addLocalDays, streak, todaysPlan, WALKING_ROUTINE_ID } from '@spinekind/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayLocal } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { usePlan } from './api';
import { BoneStatusNote } from './BoneNote';
import { useSafeRoutines } from './bone';
import { playPath } from './paths';
import { useSessions } from './session-list';
import { useLookup } from './sessions';
import './move.css';

function Tick() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3" aria-hidden="true">
      <path d="m5 12 5 5 9-10" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Days of sessions read for the streak. */
const STREAK_DAYS = 120;

/**
 * Today's planned routines with a tick for each one done, and the streak in plain words.
 * `compact` is the card on Today; Move shows the same with its heading level one down.
 */
export function TodayPlan({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const today = todayLocal();
  const plan = usePlan();
  const { items: sessions } = useSessions(addLocalDays(today, -STREAK_DAYS), today);
  const library = useLookup();
  const planned = useMemo(
    () => [...new Set((plan.data?.plan?.entries ?? []).map((e) => e.routineId))],
    [plan.data],
  );
  const safe = useSafeRoutines(planned);
  const titleId = compact ? 'today-move-title' : 'plan-title';
  const title = compact ? t('todayMove.title') : t('move.todayPlan');

  if (plan.isPending || !sessions) {
    // The shape of the usual answer (a line or two and a button), so the page below does not jump.
    return (
      <section className="card stack" aria-labelledby={titleId} aria-busy="true">
        <h2 id={titleId}>{title}</h2>
        <p className="plan-pending">{t('app.loading')}</p>
        <span className="skeleton-line skeleton-button" aria-hidden="true" />
      </section>
    );
  }
  const saved = plan.data?.plan;
  if (!saved || (saved.entries.length === 0 && !saved.walking)) {
    return (
      <section className="card stack" aria-labelledby={titleId} data-testid="today-plan">
        <h2 id={titleId}>{title}</h2>
        <p>{t('move.planEmpty')}</p>
        <div className="row">
          <Link className="btn btn-secondary" to="/move/plan">
            {t('move.makePlan')}
          </Link>
          {compact && (
            <Link className="btn btn-quiet" to="/move">
              {t('todayMove.open')}
            </Link>
          )}
        </div>
      </section>
    );
  }
  const todays = todaysPlan(saved, today, sessions);
  const waiting = new Set(safe.list.filter((r) => r.waiting).map((r) => r.routine.id));
  const run = streak(saved, today, sessions);
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="today-plan">
      <h2 id={titleId}>{title}</h2>
      {todays.length === 0 ? (
        <p>{t('move.restDay')}</p>
      ) : (
        <ul className="plan-items">
          {todays.map((item) => {
            const name =
              item.routineId === WALKING_ROUTINE_ID
                ? item.week
                  ? t('move.walkWeek', { minutes: item.minutes, week: item.week })
                  : t('move.walk', { minutes: item.minutes })
                : (library.routine(item.routineId)?.name ?? item.routineId);
            return (
              <li key={item.entryId} className="plan-item" data-done={item.done} data-testid="plan-item">
                <span className="tick">{item.done && <Tick />}</span>
                <span className="grow">
                  <b>{name}</b> <span className="muted">· {item.time}</span>
                  <span className="visually-hidden">
                    {' '}
                    · {item.done ? t('move.planDone') : t('move.planToDo')}
                  </span>
                </span>
                {!item.done && waiting.has(item.routineId) && (
                  <Button variant="secondary" disabled aria-label={t('move.startNamed', { name })}>
                    {t('move.start')}
                  </Button>
                )}
                {!item.done && !waiting.has(item.routineId) && (
                  <Link
                    className="btn btn-secondary"
                    to={playPath(item.routineId)}
                    aria-label={t('move.startNamed', { name })}
                  >
                    {t('move.start')}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {waiting.size > 0 && <BoneStatusNote status={safe.status} about="list" source={false} />}
      <p className="muted" data-testid="streak">
        {run.days > 0 ? t('move.streak', { count: run.days }) : t('move.streakNone')}{' '}
        {run.daysMovedThisWeek > 0 && t('move.movedThisWeek', { count: run.daysMovedThisWeek })}
      </p>
      <div className="row">
        {compact ? (
          <Link className="btn btn-quiet" to="/move">
            {t('todayMove.open')}
          </Link>
        ) : (
          <Link className="btn btn-quiet" to="/move/plan">
            {t('move.editPlan')}
          </Link>
        )}
      </div>
    </section>
  );
}
