import { useEffect, useState } from 'react';

/** A read's state, as far as a page needs it: its answer once there, or why there is none. */
export type PublicRead<T> = { data?: T; error?: unknown };

const kept = new Map<string, { at: number; data: unknown }>();
const RETRY_MS = 1_000;

/**
 * A read on the pages of someone not signed in (sign-in, sign-up, a forgotten password). They load without
 * TanStack Query, which the signed-in app reads through (app/query-client.tsx): it was 14 KB of the sign-in
 * page's JavaScript, over its 100 KB budget (issue #23). So these few reads are plain: asked when the page
 * shows, asked once more a second later if that failed, and the answer kept `freshMs` so moving from one of
 * these pages to another does not ask again (0: asked on every showing). `load` is a function of the
 * module, not made afresh on each render.
 */
export function usePublicRead<T>(key: string, load: () => Promise<T>, freshMs: number): PublicRead<T> {
  const [read, setRead] = useState<PublicRead<T>>(() => keptAnswer<T>(key, freshMs) ?? {});
  useEffect(() => {
    if (keptAnswer(key, freshMs)) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const answered = (data: T) => {
      kept.set(key, { at: Date.now(), data });
      if (live) setRead({ data });
    };
    const failed = (error: unknown) => {
      if (live) setRead({ error });
    };
    load().then(answered, () => {
      // Once more a second later (a dropped connection is often back by then), unless the page has gone.
      if (live) retry = setTimeout(() => void load().then(answered, failed), RETRY_MS);
    });
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [key, load, freshMs]);
  return read;
}

function keptAnswer<T>(key: string, freshMs: number): PublicRead<T> | undefined {
  const found = kept.get(key);
  return found && Date.now() - found.at < freshMs ? { data: found.data as T } : undefined;
}
