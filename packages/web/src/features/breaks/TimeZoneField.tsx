import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceTimeZone } from '../../lib/time-zone';
import { Button } from '../../ui/Button';

/**
 * The time zone as a search: a text field with the browser's list of zones as suggestions (a native
 * datalist, so keyboard and screen readers work as everywhere), and a way back to this device's zone.
 */
export function TimeZoneField({
  value,
  zones,
  error,
  onChange,
}: {
  value: string;
  zones: readonly string[];
  error: string | undefined;
  onChange(zone: string): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const device = deviceTimeZone();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{t('breaks.timeZone')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('breaks.timeZoneHint', { zone: device })}
      </p>
      <input
        id={id}
        list={`${id}-zones`}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <datalist id={`${id}-zones`}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
      {value !== device && (
        <Button variant="quiet" onClick={() => onChange(device)}>
          {t('breaks.useDeviceZone', { zone: device })}
        </Button>
      )}
    </div>
  );
}
