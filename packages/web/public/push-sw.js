// Break reminders pushed by the server, shown while Spinekind is closed. Workbox's generated
// service worker loads this file with importScripts (see vite.config.ts). The payload is
// {title, body, kind, at, url, tag}; url is where Start leads, e.g. /move/play/desk-shoulders-neck.
// A break taken from the notification is sent from here; when that fails (offline, signed out,
// slow network), the routine opens with `?breakId=…&breakAt=…` and the page keeps the entry in its
// outbox (features/breaks/log.ts), so the break is never lost and lands once (client id).
/* global self, clients */

const API = '/api/v1';

function payloadOf(event) {
  if (!event.data) return {};
  try {
    return event.data.json();
  } catch {
    return { body: event.data.text() };
  }
}

self.addEventListener('push', (event) => {
  const data = payloadOf(event);
  const url = typeof data.url === 'string' && data.url.startsWith('/') ? data.url : '/breaks';
  const actions = [{ action: 'start', title: 'Start' }];
  // Sit-down prompts have nothing to snooze into a routine, but moving and standing do.
  if (data.kind !== 'sit') actions.push({ action: 'snooze', title: 'Snooze 5 min' });
  event.waitUntil(
    self.registration.showNotification(data.title || 'Time to move', {
      body: data.body || 'A 2-minute routine is ready when you are.',
      tag: data.tag || 'spinekind-break',
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      data: { url, kind: data.kind || 'move', at: data.at || null },
      actions,
    }),
  );
});

// Browsers let a notification click open a window only for a short while (Firefox: 1 s).
const SEND_TIMEOUT_MS = 1000;

function post(path, body, signal) {
  return fetch(API + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

/** Sends a break log entry; resolves to the entry when it could not be sent, else to null. */
async function logBreak(action, routineId) {
  const entry = { id: self.crypto.randomUUID(), at: new Date().toISOString(), action };
  if (routineId) entry.routineId = routineId;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
  try {
    const res = await post('/breaks/log', entry, abort.signal);
    return res.ok ? null : entry;
  } catch {
    return entry;
  } finally {
    clearTimeout(timer);
  }
}

/** The routine's address, carrying an entry the page still has to send. */
function withEntry(url, entry) {
  if (!entry) return url;
  const query = new URLSearchParams({ breakId: entry.id, breakAt: entry.at });
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

async function openOrFocus(url) {
  const target = new URL(url, self.location.origin).href;
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const same = windows.find((w) => w.url === target);
  if (same) return same.focus();
  const any = windows.find((w) => new URL(w.url).origin === self.location.origin);
  if (any) {
    const focused = await any.focus();
    return focused.navigate ? focused.navigate(target) : clients.openWindow(target);
  }
  return clients.openWindow(target);
}

self.addEventListener('notificationclick', (event) => {
  const notification = event.notification;
  const data = notification.data || {};
  notification.close();
  if (event.action === 'snooze') {
    event.waitUntil(
      post('/breaks/actions', { type: 'snooze', minutes: 5 })
        .catch(() => undefined)
        .then(() => logBreak('snoozed')),
    );
    return;
  }
  const url = data.url || '/breaks';
  const routine = /^\/move\/play\/([\w-]+)/.exec(url);
  // Tapping the reminder or Start counts as taking the break, as Start does in the page.
  event.waitUntil(
    (async () => {
      const unsent = routine ? await logBreak('taken', routine[1]) : null;
      return openOrFocus(withEntry(url, unsent));
    })(),
  );
});
