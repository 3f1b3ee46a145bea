import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './ui.css';

/**
 * A number with − and + buttons (44 px targets), fast to use with one thumb; the value is announced.
 * `null` shows a dash until the first tap, which starts at `start`.
 */
export function Stepper({
  label,
  value,
  onChange,
  min = 0,
  max = 999,
  step = 1,
  start = min,
  unit,
}: {
  label: string;
  value: number | null;
  onChange(v: number): void;
  min?: number;
  max?: number;
  step?: number;
  start?: number;
  unit?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const clamp = (v: number) => Math.min(max, Math.max(min, Math.round(v * 100) / 100));
  const by = (d: number) => onChange(value === null ? start : clamp(value + d));
  return (
    <fieldset className="stepper" aria-labelledby={`${id}-label`}>
      <legend id={`${id}-label`} className="stepper-label">
        {label}
      </legend>
      <div className="stepper-row">
        <button
          type="button"
          className="btn btn-secondary stepper-btn"
          aria-label={t('stepper.less', { label })}
          disabled={value !== null && value <= min}
          onClick={() => by(-step)}
        >
          −
        </button>
        <output className="stepper-value" aria-live="polite">
          {value === null ? '–' : value}
          {value !== null && unit ? ` ${unit}` : ''}
        </output>
        <button
          type="button"
          className="btn btn-secondary stepper-btn"
          aria-label={t('stepper.more', { label })}
          disabled={value !== null && value >= max}
          onClick={() => by(step)}
        >
          +
        </button>
      </div>
    </fieldset>
  );
}
