/**
 * The browser's offer to install the app (`beforeinstallprompt`, Chromium browsers), caught from the
 * first moment the page runs (main.tsx imports this first) and kept until Today's install card asks.
 */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallPromptEvent | null = null;
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (e) => {
    // Our own card asks at a calm moment instead of the browser's bar.
    e.preventDefault();
    offer = e as InstallPromptEvent;
    changed();
  });
  window.addEventListener('appinstalled', () => {
    offer = null;
    changed();
  });
}

export const installOffer = {
  get: (): InstallPromptEvent | null => offer,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Shows the browser's install dialog once; the event cannot be used twice. */
  async accept(): Promise<'accepted' | 'dismissed'> {
    const event = offer;
    offer = null;
    changed();
    if (!event) return 'dismissed';
    await event.prompt();
    return (await event.userChoice).outcome;
  },
};

/** Already opened from the home screen (or an installed window): nothing to offer. */
export function runningInstalled(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return standalone || window.matchMedia('(display-mode: standalone)').matches;
}

/** iPhone and iPad browsers have no install event; Safari's Share menu adds the app instead. */
export function onIos(): boolean {
  const ua = navigator.userAgent;
  // iPadOS reports itself as a Mac; a touch screen tells them apart.
  return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}
