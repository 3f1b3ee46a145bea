import './zod-jitless';
// Catches the browser's install offer, which may come before any screen is ready for it.
import './features/install/prompt';
import i18next from 'i18next';
import { StrictMode, Suspense, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from 'react-router';
import { languageReady } from './i18n';
import './styles.css';
import { startEarlyReads } from './app/early-reads';
import { page, ScreenErrors, screens } from './app/lazyPage';
import { PublicLayout } from './app/PublicLayout';
import { ToastProvider } from './ui/Toast';

// One screen for both, so switching between signing in and signing up keeps what was typed.
const auth = page(() => import('./features/auth/AuthPage'));

// Screens load on demand, so the first visit downloads only the shell. `page` also brings the
// feature copy a screen and its layouts show (i18n/lazy.ts; i18n/lazy-copy.test.ts checks the lists).
const routes = screens([
  {
    element: page(() => import('./app/Layout'), 'shell', 'move', 'breaks'),
    children: [
      {
        index: true,
        element: page(
          () => import('./features/checkins/TodayPage'),
          'safety',
          'tracking',
          'insights',
          'learn',
          'experiments',
          'reminders',
        ),
      },
      {
        path: 'insights',
        element: page(() => import('./features/insights/InsightsPage'), 'insights', 'tracking'),
      },
      {
        path: 'history',
        element: page(() => import('./features/checkins/HistoryPage'), 'safety', 'tracking', 'connect'),
      },
      {
        path: 'checkins/:id',
        element: page(() => import('./features/checkins/EditPage'), 'tracking', 'safety'),
      },
      {
        path: 'more',
        element: page(
          () => import('./features/account/MorePage'),
          'tracking',
          'data',
          'connect',
          'reminders',
        ),
      },
      { path: 'profile', element: page(() => import('./features/profile/ProfilePage'), 'tracking') },
      { path: 'cycle', element: page(() => import('./features/cycle/CyclePage'), 'tracking', 'safety') },
      {
        path: 'treatments',
        element: page(() => import('./features/treatments/TreatmentsPage'), 'tracking'),
      },
      { path: 'trackers', element: page(() => import('./features/trackers/TrackersPage'), 'tracking') },
      { path: 'data', element: page(() => import('./features/data/DataPage'), 'data', 'connect', 'shares') },
      {
        path: 'data/other-apps',
        element: page(() => import('./features/imports/OtherAppsPage'), 'data', 'connect'),
      },
      {
        path: 'data/apple-health',
        element: page(() => import('./features/imports/AppleHealthPage'), 'data', 'connect'),
      },
      { path: 'tokens', element: page(() => import('./features/tokens/TokensPage'), 'data', 'connect') },
      { path: 'data/share', element: page(() => import('./features/shares/SharesPage'), 'data', 'shares') },
      { path: 'privacy', element: page(() => import('./features/privacy/PrivacyPage'), 'connect') },
      {
        path: 'account/security',
        element: page(() => import('./features/security/SecurityPage'), 'account', 'connect'),
      },
      { path: 'admin/invites', element: page(() => import('./features/invites/InvitesPage'), 'account') },
      {
        path: 'questionnaires',
        element: page(() => import('./features/questionnaires/ListPage'), 'tracking'),
      },
      {
        path: 'questionnaires/:id',
        element: page(() => import('./features/questionnaires/QuestionnairePage'), 'tracking'),
      },
      {
        path: 'function-tests',
        element: page(() => import('./features/function-tests/ListPage'), 'tracking'),
      },
      {
        path: 'function-tests/:id',
        element: page(() => import('./features/function-tests/TestPage'), 'tracking'),
      },
      { path: 'screening', element: page(() => import('./features/screening/ScreeningPage'), 'safety') },
      { path: 'screening/:id', element: page(() => import('./features/screening/ResultPage'), 'safety') },
      { path: 'breaks', element: page(() => import('./features/breaks/BreaksPage')) },
      { path: 'reminders', element: page(() => import('./features/reminders/RemindersPage'), 'reminders') },
      { path: 'desk-check', element: page(() => import('./features/desk-check/DeskCheckPage')) },
      { path: 'setup', element: page(() => import('./features/setup/SetupPage')) },
      { path: 'learn', element: page(() => import('./features/learn/LearnPage'), 'learn') },
      {
        // `/experiments/<id>` (where an experiment reminder leads) opens the page at that experiment.
        path: 'experiments/:id?',
        element: page(
          () => import('./features/experiments/ExperimentsPage'),
          'experiments',
          'insights',
          'learn',
        ),
      },
      { path: 'learn/:id', element: page(() => import('./features/learn/LessonPage'), 'learn') },
      {
        // Self-care content: re-shows today's emergency result and carries the safety-net line.
        path: 'move',
        element: page(() => import('./features/screening/SelfCareLayout'), 'safety'),
        children: [
          { index: true, element: page(() => import('./features/move/MovePage')) },
          { path: 'library', element: page(() => import('./features/move/LibraryPage')) },
          { path: 'exercises/:id', element: page(() => import('./features/move/ExercisePage')) },
          { path: 'routines/:id', element: page(() => import('./features/move/RoutinePage')) },
          { path: 'play/:routineId', element: page(() => import('./features/move/player/PlayerPage')) },
          { path: 'plan', element: page(() => import('./features/move/PlanPage')) },
          { path: 'bones', element: page(() => import('./features/bones/BonesPage'), 'bones') },
          {
            path: 'bones/history/:id',
            element: page(() => import('./features/bones/HistoryPage'), 'bones'),
          },
          { path: 'custom', element: page(() => import('./features/move/CustomPage')) },
        ],
      },
    ],
  },
  // A share link for her clinician: its own bare page (no navigation, no session asked for).
  {
    path: 'shared/:token',
    element: page(() => import('./features/shares/SharedPage'), 'shares', 'insights'),
  },
  {
    element: <PublicLayout />,
    children: [
      { path: 'signin', element: auth },
      { path: 'signup', element: auth },
      { path: 'join/:token', element: auth },
      { path: 'forgot', element: page(() => import('./features/recover/ForgotPage'), 'account') },
      { path: 'reset/:token', element: page(() => import('./features/recover/ResetPage'), 'account') },
      { path: 'help', element: page(() => import('./features/help/HelpPage'), 'safety') },
      { path: '*', element: page(() => import('./features/help/NotFoundPage')) },
    ],
  },
]);

function Screens() {
  return useRoutes(routes);
}

const root = document.getElementById('root');
if (root) {
  await languageReady;
  startEarlyReads(window.location.pathname, i18next.language || 'en');
  const app = createRoot(root);
  // As a transition, so React renders the first screens in slices and lets the browser in between (a phone's
  // slow CPU would otherwise be held for a whole screen at a time, taps and scrolls waiting).
  startTransition(() =>
    app.render(
      <StrictMode>
        <ToastProvider>
          <BrowserRouter>
            <ScreenErrors>
              <Suspense fallback={null}>
                <Screens />
              </Suspense>
            </ScreenErrors>
          </BrowserRouter>
        </ToastProvider>
      </StrictMode>,
    ),
  );
}
