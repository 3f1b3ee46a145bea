import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './ui.css';

/** A yes/no question as two big native radio buttons; `hint` is read with the question. */
export function YesNo({
  legend,
  hint,
  value,
  onChange,
}: {
  legend: string;
  hint?: React.ReactNode;
  value: boolean | null | undefined;
  onChange(v: boolean): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="question" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="yesno">
        {([true, false] as const).map((v) => (
          <label key={String(v)}>
            <input type="radio" name={id} checked={value === v} onChange={() => onChange(v)} />
            <span>{v ? t('checkin.yes') : t('checkin.no')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
