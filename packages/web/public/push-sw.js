// Break reminders (and her other reminders, below) pushed by the server, shown while Spinekind is
// closed. Workbox's generated service worker loads this file with importScripts (see vite.config.ts). The payload is
// {title, body, kind, at, url, tag, snooze}; url is where Start leads, e.g. /move/play/desk-shoulders-neck.
// A break taken from the notification is sent from here; when that fails (offline, signed out,
// slow network), the routine opens with `?breakId=…&breakAt=…` and the page keeps the entry in its
// outbox (features/breaks/log.ts), so the break is never lost and lands once (client id). A snooze
// that can't be sent waits in a cache for Background Sync (see `keep` and `flush`).
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

// Reminders other than breaks (check-in, routine, questionnaire, period, lesson, experiment; core
// `reminderNotificationSchema`): {title, body, kind, at, url, tag, key, refId}. "Check in" opens the
// quick check-in on Today, "Start" the routine in the player, "Later" asks the server to bring the
// same reminder back in an hour (it comes only if still due then: not once she has checked in).
const REMINDER_KINDS = ['checkin', 'routine', 'questionnaire', 'period', 'lesson', 'experiment'];

function showReminder(data, url) {
  // The words come with the push, in her language; English only from a server older than that.
  const words = data.actions || {};
  const actions = [];
  if (data.kind === 'checkin') actions.push({ action: 'open', title: words.open || 'Check in' });
  if (data.kind === 'routine') actions.push({ action: 'open', title: words.open || 'Start' });
  actions.push({ action: 'later', title: words.later || 'Later' });
  return self.registration.showNotification(data.title || 'Spinekind', {
    body: data.body || '',
    tag: data.tag || `reminder-${data.key}`,
    icon: '/icon-192.png',
    badge: '/icon-192.png',
    data: { url, kind: data.kind, at: data.at || null, key: data.key || null },
    actions,
  });
}

self.addEventListener('push', (event) => {
  const data = payloadOf(event);
  const url = typeof data.url === 'string' && data.url.startsWith('/') ? data.url : '/breaks';
  if (REMINDER_KINDS.includes(data.kind)) {
    event.waitUntil(showReminder(data, url));
    return;
  }
  const words = data.actions || {};
  const actions = [{ action: 'start', title: words.start || 'Start' }];
  // Sit-down prompts have nothing to snooze into a routine, but moving and standing do. The server
  // lists the snoozes that come back before work ends (core `snoozeChoices`); near the end, none.
  const snoozeFits = !Array.isArray(data.snooze) || data.snooze.includes(5);
  if (data.kind !== 'sit' && snoozeFits)
    actions.push({ action: 'snooze', title: words.snooze || 'Snooze 5 min' });
  // A push means the network is up: send any answer still waiting, too.
  event.waitUntil(
    Promise.all([
      flush().catch(() => undefined),
      self.registration.showNotification(data.title || 'Time to move', {
        body: data.body || 'A 2-minute routine is ready when you are.',
        tag: data.tag || 'spinekind-break',
        icon: '/icon-192.png',
        badge: '/icon-192.png',
        data: { url, kind: data.kind || 'move', at: data.at || null },
        actions,
      }),
    ]),
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

// A snooze answered from a notification without a network waits in its own cache (not Workbox's)
// and is sent by Background Sync when the network is back, or at the next push or tap; the client id
// makes a repeat harmless.
const PENDING = 'spinekind-pending-breaks';
const SYNC_TAG = 'spinekind-break-log';

async function keep(entry) {
  const cache = await caches.open(PENDING);
  await cache.put(`/__pending-break/${entry.id}`, new Response(JSON.stringify(entry)));
  try {
    await self.registration.sync?.register(SYNC_TAG);
  } catch {
    // No Background Sync here: the next push or tap sends it.
  }
}

/** Sends what waits; resolves to how many entries still wait (still offline, or signed out). */
async function flush() {
  const cache = await caches.open(PENDING);
  const requests = await cache.keys();
  let left = requests.length;
  for (const request of requests) {
    const entry = await (await cache.match(request))?.json();
    let res;
    try {
      res = entry ? await post('/breaks/log', entry) : null;
    } catch {
      return left;
    }
    // Sent, or refused for good (bad data): dropped. Signed out or overloaded: kept for later.
    if (res && !res.ok && [401, 408, 429].includes(res.status)) continue;
    if (res && res.status >= 500) continue;
    await cache.delete(request);
    left--;
  }
  return left;
}

self.addEventListener('sync', (event) => {
  if (event.tag !== SYNC_TAG) return;
  // Rejecting asks the browser to try again later.
  event.waitUntil(
    flush().then((left) => {
      if (left > 0) throw new Error(`${left} break answers still wait`);
    }),
  );
});

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
  if (REMINDER_KINDS.includes(data.kind)) {
    // "Later" without a network lets the reminder go: Today still shows what is due.
    if (event.action === 'later') {
      event.waitUntil(post('/reminders/later', { key: data.key, at: data.at }).catch(() => undefined));
      return;
    }
    event.waitUntil(openOrFocus(data.url || '/'));
    return;
  }
  if (event.action === 'snooze') {
    event.waitUntil(
      (async () => {
        // The server's snooze only matters while it can still push; offline it is let go. A snooze
        // answered late, when work has ended since, is refused (409): nothing was snoozed.
        const res = await post('/breaks/actions', { type: 'snooze', minutes: 5 }).catch(() => undefined);
        if (res?.status === 409) return;
        const unsent = await logBreak('snoozed');
        if (unsent) await keep(unsent);
        else await flush();
      })(),
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
