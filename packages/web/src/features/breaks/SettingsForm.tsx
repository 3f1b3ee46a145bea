import {
  BREAK_INTERVAL_MAX,
  BREAK_INTERVAL_MIN,
  type BreakSettings,
  breakSettingsSchema,
} from '@spinekind/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isConflict } from '../../lib/api';
import { useFormSubmit } from '../../lib/form';
import { useLeaveGuard } from '../../lib/leave-guard';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { useToast } from '../../ui/Toast';
import { breaksKeys, useSaveBreakSettings } from './api';
import { ModeField } from './ModeField';
import { candidateOf, type Draft, draftOf, hasChanges } from './settings-draft';
import { TimeZoneField } from './TimeZoneField';
import { knownTimeZones } from './time-zone';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * When and how reminders come: work days and hours, how often, lunch, standing desk, time zone. Edits
 * wait for Save (a bar says so, Discard undoes them, leaving asks); "Remind me" saves on its own.
 */
export function SettingsForm({ saved }: { saved: BreakSettings }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveBreakSettings();
  const client = useQueryClient();
  const zones = useMemo(knownTimeZones, []);
  const [draft, setDraft] = useState(() => draftOf(saved));
  const { errors, problem, submit, reset } = useFormSubmit({
    problemAs: 'inline',
    invalid: t('breaks.fixErrors'),
    onFailure: (err) => {
      // Changed on another device: the form shows the settings as they are now (read again on the 409).
      const fresh = isConflict(err) ? client.getQueryData<BreakSettings>(breaksKeys.settings) : undefined;
      if (fresh) {
        shown.current = fresh;
        setDraft(draftOf(fresh));
      }
    },
  });
  const dirty = hasChanges(draft, saved, zones);
  useLeaveGuard(dirty, t('breaks.leaveQuestion'));

  // Settings saved elsewhere (Remind me, another tab) refill the form, unless she is in the middle of an edit.
  const shown = useRef(saved);
  useEffect(() => {
    if (shown.current === saved) return;
    const untouched = !hasChanges(draft, shown.current, zones);
    shown.current = saved;
    if (untouched) setDraft(draftOf(saved));
  }, [saved, draft, zones]);

  const s = draft.settings;
  const set = (patch: Partial<Draft['settings']>) =>
    setDraft((d) => ({ ...d, settings: { ...d.settings, ...patch } }));

  function discard() {
    setDraft(draftOf(saved));
    reset();
  }

  const onSubmit = (e: FormEvent) =>
    submit(e, breakSettingsSchema, candidateOf(draft, saved.enabled, zones), async (data) => {
      await save.mutateAsync(data);
      toast(t('breaks.saved'));
    });

  const toggleDay = (day: number) =>
    set({
      workDays: s.workDays.includes(day)
        ? s.workDays.filter((d) => d !== day)
        : [...s.workDays, day].sort((a, b) => a - b),
    });

  return (
    <form className="card stack" aria-labelledby="break-settings" onSubmit={onSubmit} noValidate>
      <h2 id="break-settings">{t('breaks.settings')}</h2>
      <fieldset aria-describedby={errors.workDays ? 'workdays-error' : undefined}>
        <legend>{t('breaks.workDays')}</legend>
        <div className="chips">
          {weekdays.map((day) => (
            <label key={day} className="chip">
              <input type="checkbox" checked={s.workDays.includes(day)} onChange={() => toggleDay(day)} />
              <span aria-hidden="true">{t(`breaks.days.${day}`)}</span>
              <span className="visually-hidden">{t(`breaks.daysLong.${day}`)}</span>
            </label>
          ))}
        </div>
        {errors.workDays && (
          <p id="workdays-error" className="error">
            {errors.workDays}
          </p>
        )}
      </fieldset>
      <div className="two-up">
        <Field
          label={t('breaks.start')}
          type="time"
          value={s.start}
          onChange={(e) => set({ start: e.target.value })}
          error={errors.start}
        />
        <Field
          label={t('breaks.end')}
          type="time"
          value={s.end}
          onChange={(e) => set({ end: e.target.value })}
          error={errors.end}
        />
      </div>
      <ModeField settings={s} onChange={(mode) => set({ mode })} />
      {s.mode === 'custom' && (
        <Field
          label={t('breaks.interval')}
          hint={t('breaks.intervalHint', { min: BREAK_INTERVAL_MIN, max: BREAK_INTERVAL_MAX })}
          type="number"
          inputMode="numeric"
          min={BREAK_INTERVAL_MIN}
          max={BREAK_INTERVAL_MAX}
          value={draft.interval}
          onChange={(e) => setDraft((d) => ({ ...d, interval: e.target.value }))}
          error={errors.intervalMinutes}
        />
      )}
      <div className="stack">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.lunchOn}
            onChange={(e) => setDraft((d) => ({ ...d, lunchOn: e.target.checked }))}
          />
          <span>{t('breaks.lunch')}</span>
        </label>
        <p className="hint">{t('breaks.lunchHint')}</p>
        {draft.lunchOn && (
          <div className="two-up">
            <Field
              label={t('breaks.lunchStart')}
              type="time"
              value={draft.lunch.start}
              onChange={(e) => setDraft((d) => ({ ...d, lunch: { ...d.lunch, start: e.target.value } }))}
              error={
                errors['lunch.start'] ?? (errors.lunch && !errors['lunch.end'] ? errors.lunch : undefined)
              }
            />
            <Field
              label={t('breaks.lunchEnd')}
              type="time"
              value={draft.lunch.end}
              onChange={(e) => setDraft((d) => ({ ...d, lunch: { ...d.lunch, end: e.target.value } }))}
              error={errors['lunch.end']}
            />
          </div>
        )}
      </div>
      <div>
        <label className="check">
          <input
            type="checkbox"
            checked={s.standingDesk}
            onChange={(e) => set({ standingDesk: e.target.checked })}
          />
          <span>{t('breaks.standingDesk')}</span>
        </label>
        <p className="hint">{t('breaks.standingDeskHint')}</p>
      </div>
      <TimeZoneField
        value={draft.zone}
        zones={zones}
        error={errors.timeZone && t('breaks.timeZoneUnknown')}
        onChange={(zone) => setDraft((d) => ({ ...d, zone }))}
      />
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {/* Sticky above the tab bar while there is something to save, so Save is never out of reach. */}
      <div className={dirty ? 'save-bar breaks-status' : 'breaks-status'}>
        <p className={dirty ? 'unsaved' : 'muted'} role="status" data-testid="break-settings-status">
          {dirty ? t('breaks.unsaved') : t('breaks.allSaved')}
        </p>
        {dirty && (
          <div className="row">
            <Button type="submit" variant="primary" disabled={save.isPending}>
              {t('breaks.save')}
            </Button>
            <Button variant="quiet" onClick={discard}>
              {t('breaks.discard')}
            </Button>
          </div>
        )}
      </div>
    </form>
  );
}
