import {
  BREAK_INTERVAL_MAX,
  BREAK_INTERVAL_MIN,
  type BreakSettings,
  breakModes,
  breakSettingsSchema,
} from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors, problemMessage, zodFieldErrors } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { useSaveBreakSettings } from './api';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function zoneOptions(current: string) {
  const zones = Intl.supportedValuesOf?.('timeZone') ?? [];
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }));
}

interface Draft {
  settings: BreakSettings;
  interval: string;
  lunchOn: boolean;
  lunch: { start: string; end: string };
}

function draftOf(saved: BreakSettings): Draft {
  // Until reminders are on for the first time, the zone of this device is the likelier choice.
  const timeZone = saved.enabled ? saved.timeZone : browserZone();
  return {
    settings: { ...saved, timeZone },
    interval: String(saved.intervalMinutes ?? 30),
    lunchOn: saved.lunch !== undefined,
    lunch: saved.lunch ?? { start: '12:30', end: '13:30' },
  };
}

function candidateOf(d: Draft): BreakSettings {
  const { lunch: _lunch, intervalMinutes: _interval, ...rest } = d.settings;
  const interval = Number(d.interval);
  return {
    ...rest,
    ...(d.interval.trim() !== '' ? { intervalMinutes: interval } : {}),
    ...(d.lunchOn ? { lunch: d.lunch } : {}),
  };
}

/** When and how reminders come: work days and hours, cadence, lunch, standing desk, time zone. */
export function SettingsForm({ saved }: { saved: BreakSettings }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveBreakSettings();
  const [draft, setDraft] = useState(() => draftOf(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const s = draft.settings;
  const set = (patch: Partial<BreakSettings>) =>
    setDraft((d) => ({ ...d, settings: { ...d.settings, ...patch } }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setProblem('');
    const parsed = breakSettingsSchema.safeParse(candidateOf(draft));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      setProblem(t('breaks.fixErrors'));
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync(parsed.data);
      toast(t('breaks.saved'));
    } catch (err) {
      if (err instanceof ApiError) setErrors(fieldErrors(err.details));
      setProblem(problemMessage(err, t));
    }
  }

  const toggleDay = (day: number) =>
    set({
      workDays: s.workDays.includes(day)
        ? s.workDays.filter((d) => d !== day)
        : [...s.workDays, day].sort((a, b) => a - b),
    });

  return (
    <form className="card stack" aria-labelledby="break-settings" onSubmit={onSubmit} noValidate>
      <h2 id="break-settings">{t('breaks.settings')}</h2>
      <label className="check">
        <input type="checkbox" checked={s.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
        <span>{t('breaks.enabled')}</span>
      </label>
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
      <fieldset>
        <legend>{t('breaks.mode')}</legend>
        <div className="options">
          {breakModes.map((mode) => (
            <label key={mode} className="check">
              <input
                type="radio"
                name="break-mode"
                checked={s.mode === mode}
                onChange={() => set({ mode })}
              />
              <span>{t(`breaks.modes.${mode}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
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
      <Select
        label={t('breaks.timeZone')}
        hint={t('breaks.timeZoneHint')}
        value={s.timeZone}
        options={zoneOptions(s.timeZone)}
        onChange={(timeZone) => set({ timeZone })}
      />
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={save.isPending}>
        {t('breaks.save')}
      </Button>
    </form>
  );
}
