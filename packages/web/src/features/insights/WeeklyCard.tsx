import { addLocalDays } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayLocal } from '../../lib/dates';
import { useCheckins } from '../checkins/api';
import { fmt } from './parts';
import { compareWeeks, MIN_DAYS, SAME_WITHIN } from './weekly';
import './weekly.css';
import { formatDay } from '../../lib/format';

/** "This week vs last" on Today: mean pain, days logged, easiest and hardest day, the change in plain words. */
export function WeeklyCard() {
  const { t } = useTranslation();
  const today = todayLocal();
  const { items } = useCheckins(addLocalDays(today, -13), today);
  if (!items) return null;
  const { thisWeek, lastWeek, change } = compareWeeks(items, today);
  // Nothing logged this week and last: the check-in above is the next step, not an empty card.
  if (thisWeek.days === 0 && lastWeek.days === 0) return null;
  const words =
    change === null
      ? thisWeek.days < MIN_DAYS
        ? t('weekly.tooLittle')
        : t('weekly.noLast')
      : Math.abs(change) < SAME_WITHIN
        ? t('weekly.same')
        : t(change < 0 ? 'weekly.lower' : 'weekly.higher', { diff: fmt(Math.abs(change)) });
  const day = (d: { day: string; pain: number } | null) =>
    d ? `${formatDay(d.day, 'weekday')} (${fmt(d.pain)})` : '–';
  return (
    <section className="card" aria-labelledby="weekly-title" data-testid="weekly-card">
      <h2 id="weekly-title">{t('weekly.title')}</h2>
      <p className="hint">{t('weekly.compare')}</p>
      <dl className="weekly-stats">
        <div>
          <dt>{t('weekly.mean')}</dt>
          <dd>{fmt(thisWeek.mean)}</dd>
        </div>
        <div>
          <dt>{t('weekly.days')}</dt>
          <dd>{thisWeek.days} / 7</dd>
        </div>
        {thisWeek.days >= MIN_DAYS && (
          <>
            <div>
              <dt>{t('weekly.best')}</dt>
              <dd>{day(thisWeek.best)}</dd>
            </div>
            <div>
              <dt>{t('weekly.worst')}</dt>
              <dd>{day(thisWeek.worst)}</dd>
            </div>
          </>
        )}
      </dl>
      <p data-testid="weekly-change">{words}</p>
      <Link to="/insights">{t('weekly.link')}</Link>
    </section>
  );
}
