import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { forgetShownData } from '../features/auth/forget';
import { PasswordNotice } from '../features/auth/PasswordNotice';
import { useSession } from '../features/auth/session';
import { BreakReminder } from '../features/breaks/BreakReminder';
import { ProfileLanguage } from '../features/profile/LanguageChoice';
import { markSignedIn, maybeSignedIn, sessionPage } from '../lib/signed-out';
import { warmTimeZone } from '../lib/time-zone';
import { unsavedWork } from '../lib/unsaved';
import { startSync, syncStatus } from '../offline/outbox';
import { storedOwner } from '../offline/owner';
import { ScreenPending } from '../ui/Page';
import { queryClient, WithQueries } from './query-client';
import { TopBar } from './TopBar';
import './layout.css';

const icons = {
  today: 'M4 11.5 12 5l8 6.5V20a1 1 0 0 1-1 1h-5v-6h-4v6H5a1 1 0 0 1-1-1z',
  move: 'M14.5 4a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0M12 7l-2 6 4 3v5M10 13l-3 7M7 10l5-3 3 3 3 1',
  insights: 'M3 17l6-6 4 4 8-8M15 7h6v6',
  history: 'M4 19h16M7 16V9m5 7V5m5 11v-4',
  learn:
    'M4 5.5A1.5 1.5 0 0 1 5.5 4H11v15H5.5A1.5 1.5 0 0 0 4 20.5zM20 5.5A1.5 1.5 0 0 0 18.5 4H13v15h5.5a1.5 1.5 0 0 1 1.5 1.5z',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
};

function NavIcon({ d }: { d: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={d} />
    </svg>
  );
}

/** The tabs: bottom bar on phones, left column on desktop. */
function MainNav() {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <NavLink to="/" end>
        <NavIcon d={icons.today} />
        {t('nav.today')}
      </NavLink>
      <NavLink to="/history">
        <NavIcon d={icons.history} />
        {t('nav.history')}
      </NavLink>
      <NavLink to="/move">
        <NavIcon d={icons.move} />
        {t('move.title')}
      </NavLink>
      <NavLink to="/insights">
        <NavIcon d={icons.insights} />
        {t('nav.insights')}
      </NavLink>
      {/* Desktop only: phones keep five tabs, and reach Learn from More and from Today's lesson. */}
      <NavLink to="/learn" className="nav-wide">
        <NavIcon d={icons.learn} />
        {t('nav.learn')}
      </NavLink>
      <NavLink to="/more">
        <NavIcon d={icons.more} />
        {t('nav.more')}
      </NavLink>
    </nav>
  );
}

/**
 * Each main screen's title, by address: the same words its page shows, from copy the layout has before it
 * renders (i18n/lazy-copy.test.ts checks that). Insights' title is its tab's name (its page's own copy comes
 * with its screen).
 */
const SCREEN_TITLES: Record<string, string> = {
  '/': 'checkin.title',
  '/history': 'history.title',
  '/insights': 'nav.insights',
  '/move': 'move.title',
};

/**
 * The shell while it waits for her session and the device's owner check: the tabs, the top bar and, on a
 * main screen, its title over skeleton cards, where that screen will show them. Nothing of hers (not even
 * the sync badge's count) shows before the check says whose data the device holds.
 */
function ShellPending() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Only when someone is likely signed in: a visitor on her way to the sign-in page sees no tabs first.
  if (!maybeSignedIn() && !sessionPage()) return <p className="main">{t('app.loading')}</p>;
  const title = SCREEN_TITLES[pathname];
  return (
    <div className="shell shell-nav">
      <MainNav />
      <main className="main" id="main">
        <TopBar signedIn={false} />
        {title ? (
          <>
            <h1>{t(title)}</h1>
            <ScreenPending />
          </>
        ) : (
          <p role="status">{t('app.loading')}</p>
        )}
      </main>
    </div>
  );
}

/** Until the device has said whether it holds someone's data. */
const LOADING = 'loading';

/** Signed-in shell: top bar with sync state, bottom tabs on phones, left navigation on desktop. */
export function Component() {
  return (
    <WithQueries>
      <Shell />
    </WithQueries>
  );
}

function Shell() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const { authLost } = useSyncExternalStore(syncStatus.subscribe, syncStatus.get);
  const unsaved = useSyncExternalStore(unsavedWork.subscribe, unsavedWork.get);
  const owner = useLiveQuery(async () => (await storedOwner()) ?? null, [], LOADING);
  const { id, email } = session.data ?? {};
  useEffect(() => (id && email ? startSync({ id, email }) : undefined), [id, email]);
  // The public pages ask who is signed in only when this is set (features/auth/public-api.ts).
  useEffect(() => {
    if (session.data) markSignedIn(true);
  }, [session.data]);
  useEffect(() => () => forgetShownData(queryClient), []);
  // Her screens' reads name this device's zone: its data loads now, in a task of its own.
  useEffect(warmTimeZone, []);
  // The server said 401 to a sync: ask /me, which sends us to sign-in if the session is really gone.
  useEffect(() => {
    if (authLost) void queryClient.invalidateQueries({ queryKey: ['me'] });
  }, [authLost]);
  if (session.isPending || owner === LOADING) return <ShellPending />;
  // A device that still holds her data means the session ended under us (expired or revoked), not a first visit.
  const expired = !session.data && owner !== null;
  // Half-way through a form she stays on it: Save keeps it on the device, and sign-in follows.
  if (!session.data && !(expired && unsaved)) {
    // The query comes along too, e.g. a break handed over by a notification tap (push-sw.js).
    return <Navigate to="/signin" replace state={{ from: location.pathname + location.search, expired }} />;
  }
  return (
    <div className="shell shell-nav">
      <ProfileLanguage />
      <MainNav />
      <main className="main" id="main">
        <TopBar signedIn />
        {expired ? (
          <p className="notice session-ended" role="alert" data-testid="session-ended-unsaved">
            {t('auth.expiredUnsaved')}
          </p>
        ) : (
          <PasswordNotice />
        )}
        <Outlet />
        <BreakReminder />
      </main>
    </div>
  );
}
