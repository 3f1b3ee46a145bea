import { addLocalDays, type ScreeningFollowUp } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayLabel, nowWithOffset } from '../../lib/dates';
import type { LocalScreening } from '../../offline/db';
import { Button } from '../../ui/Button';
import { updateScreening } from './api';
import { UrgentCareRoute } from './CountryHelp';
import { useEmergencyNumber } from './EmergencyScreen';
import { useSafetyTexts } from './safety-texts';
import './screening.css';

/** Results that need someone to look at her: they stay in sight and are followed up (triage spec §7.3.4). */
const serious = (s: LocalScreening) => s.level === 'emergency' || s.level === 'urgent';
/** How many days after a serious result Today still asks whether she got checked. */
const FOLLOW_UP_DAYS = 7;

/** The day's emergency or urgent result stays on Today all day, acknowledged or not. */
function TodaysResult({ s }: { s: LocalScreening }) {
  const { t } = useTranslation();
  const { advice } = useSafetyTexts().triage;
  const { number, dialable } = useEmergencyNumber();
  return (
    <section className={`card stack result-${s.level}`} aria-labelledby={`today-result-${s.id}`}>
      <h2 id={`today-result-${s.id}`} className="result-level">
        {t('screening.today.title', { level: t(`screening.level.${s.level}`) })}
      </h2>
      <p>{advice[s.level]}</p>
      {s.level === 'emergency' &&
        (dialable ? (
          <a className="call-now" href={`tel:${dialable}`}>
            {t('screening.call', { number })}
          </a>
        ) : (
          <p className="call-now">{t('screening.call', { number })}</p>
        ))}
      {s.level === 'urgent' && (
        <>
          <p>{t('screening.urgentWho')}</p>
          <UrgentCareRoute />
        </>
      )}
      <div className="row">
        <Link className="btn btn-secondary" to={`/screening/${s.id}`}>
          {t('screening.today.open')}
        </Link>
        <Link className="btn btn-quiet" to="/help">
          {t('footer.help')}
        </Link>
      </div>
    </section>
  );
}

/** The next days: "did you get checked?" until she answers; "not yet" brings the advice back. */
function FollowUp({ s, today }: { s: LocalScreening; today: string }) {
  const { t } = useTranslation();
  const { advice } = useSafetyTexts().triage;
  const answer = (followUp: ScreeningFollowUp) =>
    void updateScreening(s, { followUp, followUpAt: nowWithOffset() });
  return (
    <section className={`card stack result-${s.level}`} aria-labelledby={`follow-up-${s.id}`}>
      <h2 id={`follow-up-${s.id}`}>{t('screening.followUp.title')}</h2>
      <p>
        {s.localDate === addLocalDays(today, -1)
          ? t('screening.followUp.textYesterday', { level: t(`screening.level.${s.level}`) })
          : t('screening.followUp.text', {
              day: dayLabel(s.localDate, t),
              level: t(`screening.level.${s.level}`),
            })}
      </p>
      {s.followUp === 'not_yet' && <p>{advice[s.level]}</p>}
      <fieldset className="stack">
        <legend>{t('screening.followUp.question')}</legend>
        <div className="row">
          <Button variant="primary" onClick={() => answer('checked')}>
            {t('screening.followUp.checked')}
          </Button>
          <Button onClick={() => answer('not_yet')}>{t('screening.followUp.notYet')}</Button>
          <Button variant="quiet" onClick={() => answer('decided_not')}>
            {t('screening.followUp.decidedNot')}
          </Button>
        </div>
      </fieldset>
      <Link to="/help">{t('footer.help')}</Link>
      {s.followUp === 'not_yet' && <p className="hint">{t('screening.followUp.askedAgain')}</p>}
    </section>
  );
}

/**
 * Does Today ask about this result? From the next day for a week, until she got checked or decided not
 * to; after "not yet" the card stays, with the advice again, and asks again the next day.
 */
export function needsFollowUp(s: LocalScreening, today: string): boolean {
  if (!serious(s) || s.localDate >= today || s.localDate < addLocalDays(today, -FOLLOW_UP_DAYS)) return false;
  return s.followUp !== 'checked' && s.followUp !== 'decided_not';
}

/**
 * Today's serious results, then yesterday's (and the week's) unanswered follow-ups. Today reads the
 * screenings once and hands them to each of its cards, so they all appear in the same frame.
 */
export function RedFlagCards({
  today,
  screenings,
}: {
  today: string;
  screenings: readonly LocalScreening[];
}) {
  const todays = screenings.filter((s) => serious(s) && s.localDate === today);
  // Only the latest serious result of the past week is followed up: one question, not a pile.
  const earlier = screenings.filter((s) => needsFollowUp(s, today)).at(-1);
  return (
    <>
      {todays.map((s) => (
        <TodaysResult key={s.id} s={s} />
      ))}
      {earlier && <FollowUp s={earlier} today={today} />}
    </>
  );
}
