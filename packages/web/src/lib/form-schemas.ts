// The schemas of the welcome and push set-up, loaded apart from Today's code (lib/schemas.ts): both need the
// server to save anyway. The check-in form keeps its schema in Today's code: a check-in must be checked and
// kept on the device even when the connection went away before anything more arrived.
export { profileSchema, pushSubscriptionInputSchema } from '@spinekind/core';
