import { offerWelcome, type Profile } from '@spinekind/core';
import { useDeferredValue, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lastDays, TODAY_DAYS } from '../../app/first-reads';
import type { LocalCheckin, LocalScreening } from '../../offline/db';
import { syncStatus } from '../../offline/outbox';
import { Later } from '../../ui/Later';
import { Page, ScreenPending } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { useBleedingSources } from '../bleeding/api';
import { BleedingTodayCard } from '../bleeding/BleedingCards';
import { BleedingSaveNote, useBleedingOnSave } from '../bleeding/SaveNote';
import { DeskRecheckTodo } from '../desk-check/RecheckTodo';
import { InstallCard } from '../install/InstallCard';
import { isServerProfile, useProfile } from '../profile/api';
import { DueNowCard } from '../reminders/DueNowCard';
import { useScreenings } from '../screening/api';
import { RedFlagCards } from '../screening/RedFlagCards';
import { BookingTodos, raisedByCheckin, ScreeningPromptCard } from '../screening/TodayCards';
import { WelcomeCard } from '../welcome/WelcomeCard';
import { createCheckin, useCheckins } from './api';
import { CheckinForm } from './CheckinForm';
import { EntryList } from './EntryList';

/**
 * Home: a new account's welcome, safety results and prompts her last check-in raised, then the check-in
 * (pain, where, Save on the first screen), the install hint, the routine safety-check offers, today's
 * entries and plans.
 */
export function Component() {
  const { t } = useTranslation();
  // Today's list, and the eight days before it for the pain-spike prompt (asked early: app/first-reads.ts).
  const { from, to: today } = lastDays(TODAY_DAYS);
  const { items } = useCheckins(from, today);
  const screenings = useScreenings();
  const profile = useProfile();
  // The cards above the form come from what the device holds (a moment's read) and her profile (the
  // welcome): until both are read, hold the space, so a card that appears does not push the form down
  // under her thumb. A slow server holds the form back for a moment at most: the check-in comes first.
  const profileLate = useLate(PROFILE_WAIT_MS);
  const ready = !!items && !!screenings && !(profile.isPending && !profileLate);
  // The whole screen's first render (the form, the body map, the cards) is the largest piece of work of a
  // visit: deferred, React does it in slices a slow phone can take taps and paints between.
  const shown = useDeferredValue(ready);
  if (!shown || !items || !screenings) {
    return (
      <Page title={t('checkin.title')}>
        <ScreenPending />
      </Page>
    );
  }
  return (
    <Today
      today={today}
      items={items}
      screenings={screenings}
      // A profile the server never gave (offline on a new device, or refused) is no reason to welcome her.
      profile={profile.isSuccess && isServerProfile(profile.data) ? profile.data : undefined}
    />
  );
}

/** The cards under her entries, downloaded once the check-in is on screen (TodayLater.tsx). */
const loadLater = () => import('./TodayLater');

/** How long Today waits for her profile (the welcome) before showing the check-in without it. */
const PROFILE_WAIT_MS = 1500;

/** True once `ms` have passed since the component first rendered. */
function useLate(ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setLate(true), ms);
    return () => window.clearTimeout(timer);
  }, [ms]);
  return late;
}

function Today({
  today,
  items,
  screenings,
  profile,
}: {
  today: string;
  items: readonly LocalCheckin[];
  screenings: readonly LocalScreening[];
  profile: Profile | undefined;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const todays = items.filter((c) => c.localDate === today);
  const status = useSyncExternalStore(syncStatus.subscribe, syncStatus.get);
  useBleedingSources(today);
  const bleeding = useBleedingOnSave(today);
  // Decided once per visit: saving her first check-in does not pull the welcome from above the form.
  const [welcome, setWelcome] = useState(() => !!profile && offerWelcome(profile, items.length > 0));
  const prompt = { checkins: items, screenings, today };
  return (
    <Page title={t('checkin.title')}>
      <div className="stack">
        {welcome && profile && (
          <WelcomeCard
            profile={profile}
            screened={screenings.length > 0}
            onDone={() => {
              setWelcome(false);
              document.querySelector<HTMLElement>('h1')?.focus();
            }}
          />
        )}
        <RedFlagCards today={today} screenings={screenings} />
        <BleedingTodayCard today={today} />
        <ScreeningPromptCard {...prompt} only={raisedByCheckin} />
        <BookingTodos screenings={screenings} />
        <DeskRecheckTodo />
        <div id="checkin">
          <CheckinForm
            onSubmit={async (input) => {
              await createCheckin(input);
              toast(status.online ? t('checkin.saved') : t('checkin.savedOffline'));
              await bleeding.afterSave(input.bleeding);
            }}
          />
        </div>
        <BleedingSaveNote note={bleeding.note} today={today} onNote={bleeding.setNote} />
        {/* Below the form too: it comes after a server answer, and must not push the form down. */}
        <DueNowCard today={today} checkedIn={todays.length > 0} />
        {/* Below the form, so it never pushes pain, body map or Save off a phone's first screen. */}
        <InstallCard />
        {/* The welcome offers the safety check itself; after it, the first-use and weekly offers wait here. */}
        <ScreeningPromptCard {...prompt} only={welcome ? ['weekly'] : ['first', 'weekly']} />
        <Link className="btn btn-secondary" to="/screening">
          {t('screening.worrying')}
        </Link>
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
        {/* Under her entries, so their arrival moves nothing she is looking at. */}
        <Later load={loadLater} />
      </div>
    </Page>
  );
}
