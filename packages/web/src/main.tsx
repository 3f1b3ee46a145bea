import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './i18n';
import './styles.css';
import { PublicLayout } from './app/PublicLayout';
import { withCopy } from './i18n/lazy';
import { ApiError } from './lib/api';
import { ToastProvider } from './ui/Toast';

const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: true } },
  queryCache: new QueryCache({
    // A 401 on any read means the session ended: re-ask /me, whose null answer leads to sign-in.
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== 'me')
        void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  }),
});

// Screens load on demand, so the first visit downloads only the shell. `withCopy` brings the feature
// copy a screen and its layouts show (i18n/lazy.ts; i18n/lazy-copy.test.ts checks the lists).
const router = createBrowserRouter([
  {
    lazy: withCopy(() => import('./app/Layout'), 'move', 'breaks'),
    children: [
      {
        index: true,
        lazy: withCopy(() => import('./features/checkins/TodayPage'), 'safety', 'tracking', 'insights'),
      },
      {
        path: 'insights',
        lazy: withCopy(() => import('./features/insights/InsightsPage'), 'insights', 'tracking'),
      },
      {
        path: 'history',
        lazy: withCopy(() => import('./features/checkins/HistoryPage'), 'safety', 'tracking', 'connect'),
      },
      { path: 'checkins/:id', lazy: withCopy(() => import('./features/checkins/EditPage'), 'tracking') },
      {
        path: 'more',
        lazy: withCopy(() => import('./features/account/MorePage'), 'tracking', 'data', 'connect'),
      },
      { path: 'profile', lazy: withCopy(() => import('./features/profile/ProfilePage'), 'tracking') },
      { path: 'cycle', lazy: withCopy(() => import('./features/cycle/CyclePage'), 'tracking') },
      {
        path: 'treatments',
        lazy: withCopy(() => import('./features/treatments/TreatmentsPage'), 'tracking'),
      },
      { path: 'trackers', lazy: withCopy(() => import('./features/trackers/TrackersPage'), 'tracking') },
      { path: 'data', lazy: withCopy(() => import('./features/data/DataPage'), 'data', 'connect') },
      {
        path: 'data/apple-health',
        lazy: withCopy(() => import('./features/imports/AppleHealthPage'), 'data', 'connect'),
      },
      { path: 'tokens', lazy: withCopy(() => import('./features/tokens/TokensPage'), 'data', 'connect') },
      { path: 'privacy', lazy: withCopy(() => import('./features/privacy/PrivacyPage'), 'connect') },
      {
        path: 'questionnaires',
        lazy: withCopy(() => import('./features/questionnaires/ListPage'), 'tracking'),
      },
      {
        path: 'questionnaires/:id',
        lazy: withCopy(() => import('./features/questionnaires/QuestionnairePage'), 'tracking'),
      },
      { path: 'screening', lazy: withCopy(() => import('./features/screening/ScreeningPage'), 'safety') },
      { path: 'screening/:id', lazy: withCopy(() => import('./features/screening/ResultPage'), 'safety') },
      { path: 'breaks', lazy: () => import('./features/breaks/BreaksPage') },
      { path: 'desk-check', lazy: () => import('./features/desk-check/DeskCheckPage') },
      { path: 'setup', lazy: () => import('./features/setup/SetupPage') },
      {
        // Self-care content: re-shows today's emergency result and carries the safety-net line.
        path: 'move',
        lazy: withCopy(() => import('./features/screening/SelfCareLayout'), 'safety'),
        children: [
          { index: true, lazy: () => import('./features/move/MovePage') },
          { path: 'library', lazy: () => import('./features/move/LibraryPage') },
          { path: 'exercises/:id', lazy: () => import('./features/move/ExercisePage') },
          { path: 'routines/:id', lazy: () => import('./features/move/RoutinePage') },
          { path: 'play/:routineId', lazy: () => import('./features/move/player/PlayerPage') },
          { path: 'plan', lazy: () => import('./features/move/PlanPage') },
          { path: 'custom', lazy: () => import('./features/move/CustomPage') },
        ],
      },
    ],
  },
  {
    element: <PublicLayout />,
    children: [
      { path: 'signin', lazy: () => import('./features/auth/AuthPage') },
      { path: 'signup', lazy: () => import('./features/auth/AuthPage') },
      { path: 'help', lazy: withCopy(() => import('./features/help/HelpPage'), 'safety') },
      { path: '*', lazy: () => import('./features/help/NotFoundPage') },
    ],
  },
]);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
