import type { BreakAction, BreakSettings, SnoozeMinutes } from '@spinekind/core';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { call } from '../../lib/api';
import { syncStatus } from '../../offline/outbox';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { type BreakLogAction, breaksKeys, useBreakSettings, useReminderQueue } from './api';
import { logBreak } from './log';
import { swRegistration } from './push';
import {
  type DueReminder,
  type LocalSnooze,
  MAX_LATE_MS,
  MAX_WAIT_MS,
  nextToShow,
  reminderUrl,
  routineFor,
} from './reminder';
import { useSnoozeChoices } from './snooze';
import './reminder.css';

const editable = (el: Element | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * The in-page break reminder: waits (setTimeout, by this device's clock) for the next reminder and
 * shows a calm banner; a system notification too when the page is hidden and push isn't already
 * bringing one. Mounted once in the signed-in layout.
 */
export function BreakReminder() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const toast = useToast();
  const next = useReminderQueue(MAX_WAIT_MS);
  const settings = useBreakSettings().data;
  const [cursor, setCursor] = useState(() => Date.now());
  const [snooze, setSnooze] = useState<LocalSnooze>();
  const [due, setDue] = useState<DueReminder | null>(null);
  const inPlayer = pathname.startsWith('/move/play/');
  const target = nextToShow(next.data ?? [], cursor, snooze);
  const targetAt = target?.at;
  const targetKind = target?.kind;

  useEffect(() => {
    if (targetAt === undefined || targetKind === undefined) return;
    let id: ReturnType<typeof setTimeout>;
    const wait = () => {
      id = setTimeout(
        () => {
          const now = Date.now();
          if (now < targetAt) return wait();
          setCursor(targetAt);
          // Someone already moving through a routine isn't interrupted; a long-missed one is let go.
          if (now - targetAt <= MAX_LATE_MS && !inPlayer) {
            const reminder = { at: targetAt, kind: targetKind };
            setDue(reminder);
            if (settings) {
              const text = { title: t(`reminder.${targetKind}`), body: t(`reminder.${targetKind}Hint`) };
              void notifyIfHidden(reminder, reminderUrl(settings, reminder), text);
            }
          }
          void client.invalidateQueries({ queryKey: breaksKeys.next });
        },
        Math.max(0, Math.min(targetAt - Date.now(), MAX_WAIT_MS)),
      );
    };
    wait();
    return () => clearTimeout(id);
  }, [targetAt, targetKind, inPlayer, settings, client, t]);

  function finish(action: BreakLogAction, routineId?: string) {
    setDue(null);
    // Saved on the device first (the week's stats show it at once); the outbox sends it when it can.
    logBreak(action, routineId)
      .then(() => {
        if (action === 'taken' && !syncStatus.get().online) toast(t('reminder.savedOffline'));
      })
      .catch(() => toast(t('reminder.failed'), { tone: 'error' }));
  }

  function onSnooze(kind: DueReminder['kind'], minutes: SnoozeMinutes) {
    setSnooze({ until: Date.now() + minutes * 60_000, kind });
    const action: BreakAction = { type: 'snooze', minutes };
    // The server learns the snooze too, so a push reminder doesn't come at the old time.
    call('POST /breaks/actions', { body: action }).catch(() => undefined);
    finish('snoozed');
  }

  // The live region stays in the page, so what appears inside it is announced.
  return (
    <div className="break-reminder-region" aria-live="polite">
      {due && settings && (
        <ReminderBanner
          due={due}
          routine={routineFor(settings, due)}
          settings={settings}
          onStart={(routine) => {
            finish('taken', routine);
            if (routine) navigate(`/move/play/${routine}`);
          }}
          onSnooze={(minutes) => onSnooze(due.kind, minutes)}
          onSkip={() => finish('skipped')}
        />
      )}
    </div>
  );
}

function ReminderBanner({
  due,
  routine,
  settings,
  onStart,
  onSnooze,
  onSkip,
}: {
  due: DueReminder;
  routine: string | undefined;
  settings: BreakSettings;
  onStart(routine: string | undefined): void;
  onSnooze(minutes: SnoozeMinutes): void;
  onSkip(): void;
}) {
  const { t } = useTranslation();
  // Only the snoozes that come back before work ends: none near the end of the day. Worked out here, while
  // a reminder shows: the first time-zone lookup costs ~20 ms on a phone, and most screens never need it.
  const snoozes = useSnoozeChoices(settings);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    // Bring the reminder to keyboard and screen-reader users, unless they are typing.
    if (!editable(before)) heading.current?.focus({ preventScroll: true });
    return () => {
      if (before instanceof HTMLElement && before.isConnected && !editable(document.activeElement))
        before.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onSkip();
  };
  return (
    <section
      className="break-reminder"
      aria-labelledby="break-reminder-title"
      aria-describedby="break-reminder-hint"
      onKeyDown={onKeyDown}
      data-testid="break-reminder"
    >
      <h2 id="break-reminder-title" ref={heading} tabIndex={-1}>
        {t(`reminder.${due.kind}`)}
      </h2>
      <p id="break-reminder-hint" className="hint">
        {t(`reminder.${due.kind}Hint`)}
      </p>
      <div className="break-reminder-actions">
        <Button variant="primary" onClick={() => onStart(routine)}>
          {routine ? t('reminder.start') : t('reminder.done')}
        </Button>
        {snoozes.map((minutes) => (
          <Button key={minutes} onClick={() => onSnooze(minutes)}>
            {t('reminder.snoozeFor', { minutes })}
          </Button>
        ))}
        <Button variant="quiet" onClick={onSkip}>
          {t('reminder.skip')}
        </Button>
      </div>
    </section>
  );
}

/** A system notification while the page is hidden, unless push already brings one for this browser. */
async function notifyIfHidden(
  reminder: DueReminder,
  url: string,
  { title, body }: { title: string; body: string },
) {
  if (document.visibilityState !== 'hidden') return;
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  const registration = await swRegistration();
  if (await registration?.pushManager?.getSubscription()) return;
  const options = {
    body,
    tag: `break-${new Date(reminder.at).toISOString()}`,
    icon: '/icon-192.png',
    data: { url, kind: reminder.kind, at: new Date(reminder.at).toISOString() },
  };
  // Through the service worker where there is one (Android allows no other way); its click handler opens the routine.
  if (registration) await registration.showNotification(title, options);
  else new Notification(title, options);
}
