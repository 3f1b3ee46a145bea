import { useId } from 'react';
import './ui.css';

interface ScaleInputProps {
  legend: string;
  hint?: string;
  value: number | null;
  onChange(value: number | null): void;
  /** Words for some points, e.g. {0: 'no pain', 10: 'worst imaginable'}; read with the number. */
  words?: Partial<Record<number, string>>;
  error?: string | undefined;
  size?: 'large' | 'normal';
  /** Whether tapping the chosen value again clears it (for optional scales). */
  clearable?: boolean;
}

const points = Array.from({ length: 11 }, (_, i) => i);

/** A 0–10 scale as native radio buttons: big targets, numbers with words, arrow keys move the choice. */
export function ScaleInput({
  legend,
  hint,
  value,
  onChange,
  words = {},
  error,
  size = 'normal',
  clearable,
}: ScaleInputProps) {
  const id = useId();
  const described =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`scale scale-${size}`} aria-describedby={described}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div role="radiogroup" aria-label={legend} className="scale-points">
        {points.map((i) => (
          <label key={i} className="scale-point">
            <input
              type="radio"
              name={id}
              value={i}
              checked={value === i}
              aria-label={words[i] ? `${i}, ${words[i]}` : String(i)}
              onChange={() => onChange(i)}
              onClick={() => {
                if (clearable && value === i) onChange(null);
              }}
            />
            <span aria-hidden="true">{i}</span>
          </label>
        ))}
      </div>
      {Object.keys(words).length > 0 && (
        <p className="scale-words" aria-hidden="true">
          {Object.entries(words).map(([n, w]) => (
            <span key={n}>
              <b>{n}</b> {w}
            </span>
          ))}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
