import { legPromptReasons, type ScreeningPromptReason, screeningPrompt } from '@spinekind/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nowWithOffset } from '../../lib/dates';
import type { LocalCheckin, LocalScreening } from '../../offline/db';
import { Button } from '../../ui/Button';
import { updateScreening } from './api';

/** What her check-in just raised: a spike, or the leg symptoms of its `screeningPrompt` (core's one rule). */
export const raisedByCheckin: readonly ScreeningPromptReason[] = ['spike', ...legPromptReasons];

/**
 * Offers the safety check when it is due (first use, weekly, a pain spike, leg symptoms), for the
 * reasons in `only`: Today shows what her last check-in raised above the form, the routine offers below it.
 */
export function ScreeningPromptCard({
  checkins,
  screenings,
  today,
  only,
}: {
  checkins: readonly LocalCheckin[];
  screenings: readonly LocalScreening[];
  today: string;
  only: readonly ScreeningPromptReason[];
}) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<string | undefined>();
  const card = useRef<HTMLElement>(null);
  const reason = screeningPrompt({ checkins, lastScreening: screenings.at(-1)?.localDate, today });
  useEffect(() => {
    // A prompt her check-in raised appears right after saving: bring it into view.
    if (reason && raisedByCheckin.includes(reason)) {
      card.current?.scrollIntoView({ block: 'start' });
      card.current?.focus();
    }
  }, [reason]);
  if (!reason || !only.includes(reason) || dismissed === `${today}:${reason}`) return null;
  return (
    <section ref={card} tabIndex={-1} className="card stack prompt-card" aria-labelledby="prompt-text">
      <p id="prompt-text">{t(`screening.offered.${reason}`)}</p>
      <div className="row">
        <Link className="btn btn-primary" to="/screening">
          {t('screening.offered.start')}
        </Link>
        <Button variant="quiet" onClick={() => setDismissed(`${today}:${reason}`)}>
          {t('screening.offered.later')}
        </Button>
      </div>
    </section>
  );
}

/** "Remind me to book" to-dos from urgent/soon results, until the user says she has booked. */
export function BookingTodos({ screenings }: { screenings: readonly LocalScreening[] }) {
  const { t } = useTranslation();
  const todos = screenings.filter(
    (s) => s.bookingReminder && !s.bookedAt && (s.level === 'urgent' || s.level === 'soon'),
  );
  return (
    <>
      {todos.map((s) => (
        <section key={s.id} className={`card stack result-${s.level}`}>
          <p>
            {t('screening.bookTodo', {
              what: s.level === 'urgent' ? t('screening.urgentWho') : t('screening.soonWho'),
              date: s.localDate,
            })}
          </p>
          <Button onClick={() => void updateScreening(s, { bookedAt: nowWithOffset() })}>
            {t('screening.booked')}
          </Button>
        </section>
      ))}
    </>
  );
}
