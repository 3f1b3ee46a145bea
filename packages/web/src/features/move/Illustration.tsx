import type { MoveExercise } from './library';

/** A generic figure for her own exercises, which come without a drawing. */
const PLACEHOLDER =
  '<svg viewBox="0 0 120 120" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" xmlns="http://www.w3.org/2000/svg"><circle cx="60" cy="28" r="10"/><path d="M60 38v36M60 74l-16 30M60 74l16 30M60 50l-22 14M60 50l22 14"/></svg>';

/**
 * The exercise's line drawing. The SVG comes from the catalogue bundled with the app (core),
 * never from user input, so it is inserted as markup. `decorative` hides it from screen readers
 * where the name is already said next to it.
 */
export function Illustration({
  exercise,
  size = 'medium',
  decorative = false,
}: {
  exercise: MoveExercise;
  size?: 'small' | 'medium' | 'large';
  decorative?: boolean;
}) {
  const markup = exercise.illustration ?? PLACEHOLDER;
  const label = exercise.alt ?? exercise.name;
  return (
    <div
      className={`illustration illustration-${size}`}
      {...(decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own bundled SVG, never user input
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
