/**
 * The only `/api/v1` routes anyone may call without signing in (HEAD goes with GET). Every other route
 * under `/api/v1` answers 401 to an anonymous request before its body is read or validated
 * (auth/plugin.ts), so a new route is private unless it is named here. The hardening suite
 * (test/hardening/) checks both directions against the live route table.
 */
export const publicRoutes: readonly string[] = [
  'POST /api/v1/auth/register',
  'POST /api/v1/auth/login',
  // Sign-up mode for the sign-in page; getting back in without a password (reset link, forgot password).
  'GET /api/v1/auth/signup',
  'POST /api/v1/auth/reset',
  'POST /api/v1/auth/forgot',
  // Signing out with an ended session must still clear the cookie.
  'POST /api/v1/auth/logout',
  // Red-flag triage and the bleeding check must work for anyone, signed in or not (kept when signed in).
  'POST /api/v1/triage',
  'POST /api/v1/bleeding-check',
  // Catalogues: the same for everyone (routines add her own when signed in).
  'GET /api/v1/exercises',
  'GET /api/v1/routines',
  'GET /api/v1/instruments',
  'GET /api/v1/ergonomics/questions',
  // Lessons: the same for everyone (signed in adds her reading state).
  'GET /api/v1/lessons',
  'GET /api/v1/lessons/:id',
  // The calendar feed: its secret token is the credential (calendar apps send no cookie).
  'GET /api/v1/calendar/:file',
  // A share link for her clinician: its secret token (and passcode, if she set one) is the credential.
  'GET /api/v1/shared/:token',
  'GET /api/v1/shared/:token/report.pdf',
];

const open = new Set(publicRoutes);

/** Whether a route (its method and path pattern as registered) needs a signed-in user. */
export function needsSignIn(method: string, url: string | undefined): boolean {
  if (!url?.startsWith('/api/v1/')) return false;
  return !open.has(`${method === 'HEAD' ? 'GET' : method} ${url}`);
}
