import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './i18n';
import './styles.css';
import { PublicLayout } from './app/PublicLayout';
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

// Screens load on demand, so the first visit downloads only the shell.
const router = createBrowserRouter([
  {
    lazy: () => import('./app/Layout'),
    children: [
      { index: true, lazy: () => import('./features/checkins/TodayPage') },
      { path: 'insights', lazy: () => import('./features/insights/InsightsPage') },
      { path: 'history', lazy: () => import('./features/checkins/HistoryPage') },
      { path: 'checkins/:id', lazy: () => import('./features/checkins/EditPage') },
      { path: 'more', lazy: () => import('./features/account/MorePage') },
      { path: 'profile', lazy: () => import('./features/profile/ProfilePage') },
      { path: 'cycle', lazy: () => import('./features/cycle/CyclePage') },
      { path: 'treatments', lazy: () => import('./features/treatments/TreatmentsPage') },
      { path: 'trackers', lazy: () => import('./features/trackers/TrackersPage') },
      { path: 'data', lazy: () => import('./features/data/DataPage') },
      { path: 'data/apple-health', lazy: () => import('./features/imports/AppleHealthPage') },
      { path: 'tokens', lazy: () => import('./features/tokens/TokensPage') },
      { path: 'privacy', lazy: () => import('./features/privacy/PrivacyPage') },
      { path: 'questionnaires', lazy: () => import('./features/questionnaires/ListPage') },
      { path: 'questionnaires/:id', lazy: () => import('./features/questionnaires/QuestionnairePage') },
      { path: 'screening', lazy: () => import('./features/screening/ScreeningPage') },
      { path: 'screening/:id', lazy: () => import('./features/screening/ResultPage') },
      { path: 'breaks', lazy: () => import('./features/breaks/BreaksPage') },
      { path: 'desk-check', lazy: () => import('./features/desk-check/DeskCheckPage') },
      { path: 'setup', lazy: () => import('./features/setup/SetupPage') },
      {
        // Self-care content: re-shows today's emergency result and carries the safety-net line.
        path: 'move',
        lazy: () => import('./features/screening/SelfCareLayout'),
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
      { path: 'help', lazy: () => import('./features/help/HelpPage') },
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
