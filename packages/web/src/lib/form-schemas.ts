// The schemas the forms of Today check her answers with before they are saved. Loaded apart from Today's code
// (lib/schemas.ts): zod and core's schemas are ~26 KB brotli and ~100 ms of start-up on a slow phone that
// every signed-in screen paid before its first paint, while they are needed only when she saves.
export { checkinInputSchema, profileSchema, pushSubscriptionInputSchema } from '@spinekind/core';
