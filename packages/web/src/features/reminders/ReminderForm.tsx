import { MAX_CHECKIN_TIMES, type ReminderSettings, reminderSettingsSchema } from '@spinekind/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../lib/form';
import { useLeaveGuard } from '../../lib/leave-guard';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toast';
import { TimeZoneField } from '../breaks/TimeZoneField';
import { findTimeZone, knownTimeZones } from '../breaks/time-zone';
import { useSaveReminderSettings } from './api';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** One kind of reminder: its on/off switch, and its details only while it is on. */
function Kind(props: {
  id: string;
  label: string;
  hint: string;
  on: boolean;
  onToggle(on: boolean): void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="stack" aria-labelledby={`${props.id}-label`}>
      <label className="check">
        <input
          type="checkbox"
          checked={props.on}
          onChange={(e) => props.onToggle(e.target.checked)}
          aria-describedby={`${props.id}-hint`}
        />
        <span id={`${props.id}-label`}>{props.label}</span>
      </label>
      <p id={`${props.id}-hint`} className="hint">
        {props.hint}
      </p>
      {props.on && props.children}
    </fieldset>
  );
}

/**
 * What may remind her and when: each kind on or off with its times, days and quiet hours. Edits wait for
 * Save; leaving with unsaved edits asks first.
 */
export function ReminderForm({ saved }: { saved: ReminderSettings }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveReminderSettings();
  const zones = useMemo(knownTimeZones, []);
  const [draft, setDraft] = useState(saved);
  const { errors, problem, submit } = useFormSubmit({
    problemAs: 'inline',
    invalid: t('reminders.fixErrors'),
  });
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  useLeaveGuard(dirty, t('reminders.leaveQuestion'));
  const set = (patch: Partial<ReminderSettings>) => setDraft((d) => ({ ...d, ...patch }));
  const checkin = draft.checkin;
  const setCheckin = (patch: Partial<ReminderSettings['checkin']>) =>
    set({ checkin: { ...checkin, ...patch } });

  function onSubmit(e: FormEvent) {
    const zone = findTimeZone(draft.timeZone, zones) ?? draft.timeZone;
    const candidate = { ...draft, timeZone: zone, checkin: { ...checkin, times: [...checkin.times].sort() } };
    return submit(e, reminderSettingsSchema, candidate, async (data) => {
      setDraft(await save.mutateAsync(data));
      toast(t('reminders.saved'));
    });
  }

  const toggleDay = (day: number) =>
    setCheckin({
      days: checkin.days.includes(day)
        ? checkin.days.filter((d) => d !== day)
        : [...checkin.days, day].sort((a, b) => a - b),
    });
  const error = (path: string) => errors[path] ?? errors[path.split('.')[0] ?? ''];

  return (
    <form className="card stack" aria-labelledby="reminder-settings" onSubmit={onSubmit} noValidate>
      <h2 id="reminder-settings">{t('reminders.settings')}</h2>
      <Kind
        id="kind-checkin"
        label={t('reminders.checkin')}
        hint={t('reminders.checkinHint')}
        on={checkin.enabled}
        onToggle={(enabled) => setCheckin({ enabled })}
      >
        {checkin.times.map((time, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: at most three fields edited in place; keyed by value, the one being typed in would remount.
          <div className="row" key={i}>
            <Field
              label={t('reminders.checkinTime', { n: i + 1 })}
              type="time"
              value={time}
              onChange={(e) =>
                setCheckin({ times: checkin.times.map((x, j) => (j === i ? e.target.value : x)) })
              }
              error={errors[`checkin.times.${i}`]}
            />
            {checkin.times.length > 1 && (
              <Button onClick={() => setCheckin({ times: checkin.times.filter((_, j) => j !== i) })}>
                {t('reminders.removeTime', { time })}
              </Button>
            )}
          </div>
        ))}
        {checkin.times.length < MAX_CHECKIN_TIMES && (
          <Button onClick={() => setCheckin({ times: [...checkin.times, '12:00'] })}>
            {t('reminders.addTime')}
          </Button>
        )}
        <fieldset aria-describedby={error('checkin.days') ? 'checkin-days-error' : undefined}>
          <legend>{t('reminders.days')}</legend>
          <div className="chips">
            {weekdays.map((day) => (
              <label key={day} className="chip">
                <input type="checkbox" checked={checkin.days.includes(day)} onChange={() => toggleDay(day)} />
                <span aria-hidden="true">{t(`breaks.days.${day}`)}</span>
                <span className="visually-hidden">{t(`breaks.daysLong.${day}`)}</span>
              </label>
            ))}
          </div>
          {error('checkin.days') && (
            <p id="checkin-days-error" className="error">
              {error('checkin.days')}
            </p>
          )}
        </fieldset>
      </Kind>
      <Kind
        id="kind-routines"
        label={t('reminders.routines')}
        hint={t('reminders.routinesHint')}
        on={draft.routines.enabled}
        onToggle={(enabled) => set({ routines: { ...draft.routines, enabled } })}
      >
        <Field
          label={t('reminders.minutesBefore')}
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          value={draft.routines.minutesBefore}
          onChange={(e) => set({ routines: { ...draft.routines, minutesBefore: Number(e.target.value) } })}
          error={errors['routines.minutesBefore']}
        />
      </Kind>
      <Kind
        id="kind-questionnaires"
        label={t('reminders.questionnaires')}
        hint={t('reminders.questionnairesHint')}
        on={draft.questionnaires.enabled}
        onToggle={(enabled) => set({ questionnaires: { enabled } })}
      />
      <Kind
        id="kind-period"
        label={t('reminders.period')}
        hint={t('reminders.periodHint')}
        on={draft.period.enabled}
        onToggle={(enabled) => set({ period: { ...draft.period, enabled } })}
      >
        <Field
          label={t('reminders.daysBefore')}
          type="number"
          inputMode="numeric"
          min={0}
          max={7}
          value={draft.period.daysBefore}
          onChange={(e) => set({ period: { ...draft.period, daysBefore: Number(e.target.value) } })}
          error={errors['period.daysBefore']}
        />
      </Kind>
      <Kind
        id="kind-lesson"
        label={t('reminders.lesson')}
        hint={t('reminders.lessonHint')}
        on={draft.lesson.enabled}
        onToggle={(enabled) => set({ lesson: { ...draft.lesson, enabled } })}
      >
        <Field
          label={t('reminders.lessonTime')}
          type="time"
          value={draft.lesson.time}
          onChange={(e) => set({ lesson: { ...draft.lesson, time: e.target.value } })}
          error={errors['lesson.time']}
        />
      </Kind>
      <Kind
        id="kind-experiments"
        label={t('reminders.experiments')}
        hint={t('reminders.experimentsHint')}
        on={draft.experiments.enabled}
        onToggle={(enabled) => set({ experiments: { enabled } })}
      />
      <Kind
        id="quiet"
        label={t('reminders.quiet')}
        hint={t('reminders.quietHint')}
        on={draft.quietHours !== null}
        onToggle={(on) => set({ quietHours: on ? { start: '22:00', end: '07:00' } : null })}
      >
        {draft.quietHours && (
          <div className="two-up">
            <Field
              label={t('reminders.quietStart')}
              type="time"
              value={draft.quietHours.start}
              onChange={(e) =>
                set({ quietHours: { start: e.target.value, end: draft.quietHours?.end ?? '07:00' } })
              }
              error={errors['quietHours.start'] ?? errors.quietHours}
            />
            <Field
              label={t('reminders.quietEnd')}
              type="time"
              value={draft.quietHours.end}
              onChange={(e) =>
                set({ quietHours: { start: draft.quietHours?.start ?? '22:00', end: e.target.value } })
              }
              error={errors['quietHours.end']}
            />
          </div>
        )}
      </Kind>
      <TimeZoneField
        value={draft.timeZone}
        zones={zones}
        error={errors.timeZone}
        onChange={(timeZone) => set({ timeZone })}
      />
      <div role="status" aria-live="polite">
        {problem && <p className="error">{problem}</p>}
      </div>
      <div className="row">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? t('reminders.saving') : t('reminders.save')}
        </Button>
        {dirty && <Button onClick={() => setDraft(saved)}>{t('reminders.discard')}</Button>}
      </div>
    </form>
  );
}
