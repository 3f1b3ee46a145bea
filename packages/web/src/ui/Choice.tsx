import { useId } from 'react';
import './ui.css';

/** One answer from a few, as big native radio buttons stacked one per line; `hint` is read with the question. */
export function Choice<T extends string>({
  legend,
  hint,
  value,
  options,
  onChange,
  layout = 'yesno choice',
}: {
  legend: string;
  hint?: React.ReactNode;
  value: T | null | undefined;
  options: readonly { value: T; label: string }[];
  onChange(v: T): void;
  /** Class of the options' row: stacked one per line by default, `yesno` puts two side by side. */
  layout?: string;
}) {
  const id = useId();
  return (
    <fieldset className="question" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className={layout}>
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={id} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
