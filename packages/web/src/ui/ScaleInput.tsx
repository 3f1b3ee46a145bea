import { type KeyboardEvent, useId, useRef } from 'react';
import './ui.css';

interface ScaleInputProps {
  legend: string;
  hint?: string;
  value: number | null;
  onChange(value: number | null): void;
  /** Words for some points, e.g. {0: 'no pain', 10: 'worst imaginable'}; shown under the numbers. */
  words?: Partial<Record<number, string>>;
  error?: string | undefined;
  size?: 'large' | 'normal';
  /** Whether tapping the chosen value again clears it (for optional scales). */
  clearable?: boolean;
}

const points = Array.from({ length: 11 }, (_, i) => i);

/** A 0–10 scale as a radio group: big targets, numbers and words, arrow keys move the choice. */
export function ScaleInput({ legend, hint, value, onChange, words = {}, error, size = 'normal', clearable }: ScaleInputProps) {
  const id = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const delta = e.key === 'ArrowRight' || e.key === 'ArrowUp' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowDown' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = Math.min(10, Math.max(0, i + delta));
    onChange(next);
    refs.current[next]?.focus();
  };
  const focusable = value ?? 0;
  return (
    <fieldset className={`scale scale-${size}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div role="radiogroup" aria-label={legend} className="scale-points">
        {points.map((i) => (
          <button
            key={i}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={value === i}
            aria-label={words[i] ? `${i}, ${words[i]}` : String(i)}
            tabIndex={i === focusable ? 0 : -1}
            className="scale-point"
            onClick={() => onChange(clearable && value === i ? null : i)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {i}
          </button>
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
