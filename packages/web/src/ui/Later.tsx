import { type ComponentType, startTransition, useEffect, useState } from 'react';

/**
 * A part of a screen whose code loads after the screen (its cards under the fold): nothing until the code
 * is in, and nothing if it could not be downloaded (offline on a first visit, before the service worker
 * holds it), so the rest of the screen stays as it was. The browser keeps a failed download's answer for
 * the page, so the part comes with the next visit. No error boundary: React would log a caught error as
 * one of the page's errors, and a card that could not come is not one.
 */
export function Later({ load }: { load: () => Promise<{ Component: ComponentType }> }) {
  const [Part, setPart] = useState<ComponentType | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      // A transition: React renders the part in slices, so a slow phone paints and takes taps between them.
      (m) => current && startTransition(() => setPart(() => m.Component)),
      (err: unknown) =>
        console.warn('A part of this screen could not be downloaded; it comes with the next visit.', err),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return Part ? <Part /> : null;
}
