import { addLocalDays } from '@spinekind/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayLocal } from '../../lib/dates';
import { Page, ScreenPending } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { useBleedingSources } from '../bleeding/api';
import { BleedingTodayCard } from '../bleeding/BleedingCards';
import { BleedingSaveNote, useBleedingOnSave } from '../bleeding/SaveNote';
import { DeskRecheckTodo } from '../desk-check/RecheckTodo';
import { WeeklyCard } from '../insights/WeeklyCard';
import { TodayPlan } from '../move/TodayPlan';
import { DueCards } from '../questionnaires/ListPage';
import { useScreenings } from '../screening/api';
import { RedFlagCards } from '../screening/RedFlagCards';
import { BookingTodos, ScreeningPromptCard } from '../screening/TodayCards';
import { syncStatus } from '../sync/outbox';
import { createCheckin, useCheckins } from './api';
import { CheckinForm } from './CheckinForm';
import { EntryList } from './EntryList';

/** Home: safety prompts first, then the check-in (within thumb reach), today's entries, due questionnaires. */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const today = todayLocal();
  // Eight days: today's list, and the week before it for the pain-spike prompt.
  const { items } = useCheckins(addLocalDays(today, -8), today);
  const todays = (items ?? []).filter((c) => c.localDate === today);
  const screenings = useScreenings();
  const status = useSyncExternalStore(syncStatus.subscribe, syncStatus.get);
  useBleedingSources(today);
  const bleeding = useBleedingOnSave(today);
  // The safety cards above the form come from what the device holds (a moment's read): until it is
  // read, hold the space, so a card that appears does not push the form down under her thumb.
  if (!items || !screenings) {
    return (
      <Page title={t('checkin.title')}>
        <ScreenPending />
      </Page>
    );
  }
  return (
    <Page title={t('checkin.title')}>
      <div className="stack">
        <RedFlagCards today={today} screenings={screenings} />
        <BleedingTodayCard today={today} />
        <ScreeningPromptCard checkins={items} screenings={screenings} today={today} />
        <BookingTodos screenings={screenings} />
        <DeskRecheckTodo />
        <Link className="btn btn-secondary" to="/screening">
          {t('screening.worrying')}
        </Link>
        <CheckinForm
          onSubmit={async (input) => {
            await createCheckin(input);
            toast(status.online ? t('checkin.saved') : t('checkin.savedOffline'));
            await bleeding.afterSave(input.bleeding);
          }}
        />
        <BleedingSaveNote note={bleeding.note} today={today} onNote={bleeding.setNote} />
        <section className="stack" aria-labelledby="today-entries">
          <h2 id="today-entries">{t('today.entries')}</h2>
          {todays.length > 0 ? (
            <>
              <EntryList items={todays} />
              <p className="muted">{t('today.another')}</p>
            </>
          ) : (
            <p className="muted">{t('today.none')}</p>
          )}
        </section>
        <TodayPlan compact />
        <DueCards />
        <WeeklyCard />
      </div>
    </Page>
  );
}
