/**
 * The e2e servers. Most journeys use the main one (SIGNUP=open, no mail). The invite and reset journeys
 * need a server of their own: there the first account is theirs (so it is the admin), sign-up needs an
 * invite, and "Forgot password" sends mail to the SMTP sink the spec runs (e2e/smtp-sink.ts).
 */
export const mainPort = Number(process.env.E2E_PORT ?? 8181);
export const invitePort = mainPort + 100;
export const smtpPort = mainPort + 200;
export const inviteBaseURL = `http://127.0.0.1:${invitePort}`;
