import {
  BREAK_INTERVAL_MAX,
  BREAK_INTERVAL_MIN,
  type BreakMode,
  type BreakSettings,
  breakModes,
  dailyBreakPlan,
} from '@spinekind/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The first reminders of a day in one mode, from her work hours as typed, e.g. "09:50, 10:50, 11:50". */
function firstTimes(settings: Omit<BreakSettings, 'enabled'>, mode: BreakMode): string {
  const clock = /^\d\d:\d\d$/;
  if (mode === 'custom' || !clock.test(settings.start) || !clock.test(settings.end)) return '';
  if (!(settings.end > settings.start)) return '';
  const plan = dailyBreakPlan({ ...settings, mode, enabled: true, lunch: undefined });
  return plan
    .slice(0, 3)
    .map((p) => p.time)
    .join(', ');
}

/** How often reminders come: each mode named for what it does, with a line saying when. */
export function ModeField({
  settings,
  onChange,
}: {
  settings: Omit<BreakSettings, 'enabled'>;
  onChange(mode: BreakMode): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset>
      <legend>{t('breaks.mode')}</legend>
      <div className="options mode-options">
        {breakModes.map((mode) => {
          const times = firstTimes(settings, mode);
          return (
            <div key={mode} className="mode-option">
              <label className="check">
                <input
                  type="radio"
                  name="break-mode"
                  checked={settings.mode === mode}
                  onChange={() => onChange(mode)}
                  aria-describedby={`${id}-${mode}`}
                />
                <span>{t(`breaks.modes.${mode}`)}</span>
              </label>
              <p id={`${id}-${mode}`} className="hint">
                {t(`breaks.modeHints.${mode}`, { min: BREAK_INTERVAL_MIN, max: BREAK_INTERVAL_MAX })}
                {times && ` ${t('breaks.modeTimes', { times })}`}
              </p>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
