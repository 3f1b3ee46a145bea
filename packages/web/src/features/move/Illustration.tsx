import type { MoveExercise } from './library';

/**
 * A generic figure for her own exercises, which come without a drawing: someone standing, seen
 * from the front, drawn by core's pose renderer in the catalogue's style (currentColor, solid head).
 */
const PLACEHOLDER =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="17.7 19.5 164.7 123.5" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"><g stroke-width="2.5" opacity=".7"><path d="M20.7 138H179.4"/></g><path d="M90 44.5L86.5 64.2L85.8 86.2M93.5 79.5L92.5 108L92.5 135.5L90.3 139.4M90 44.5L110 44.5L106.5 79.5L93.5 79.5ZM100 44.5L100 40.5M106.5 79.5L107.5 108L107.5 135.5L109.7 139.4M110 44.5L113.5 64.2L114.2 86.2"/><circle cx="100" cy="33.5" r="7" fill="currentColor"/></svg>';

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
