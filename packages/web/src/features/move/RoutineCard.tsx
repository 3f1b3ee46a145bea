import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import type { SafeRoutine } from './bone-status';
import { routineMinutes } from './library';
import { playPath, routinePath } from './paths';

/**
 * A routine in a list: name, length, tags, and Start. While her bone-health answer is checked, a
 * routine that changes for fragile bones cannot start yet and says why (`waiting`).
 */
export function RoutineCard({ safe }: { safe: SafeRoutine }) {
  const { t } = useTranslation();
  const why = useId();
  const { routine, waiting, assumedSafe } = safe;
  const startNamed = t('move.startNamed', { name: routine.name });
  return (
    <li className="card routine-card" data-testid="routine-card">
      <h3>
        <Link to={routinePath(routine.id)}>{routine.name}</Link>
      </h3>
      <p className="muted">
        {t('move.minutes', { count: routineMinutes(routine) })} ·{' '}
        {t('move.exercises', { count: routine.items.length })}
      </p>
      {routine.description && <p>{routine.description}</p>}
      {routine.tags.length > 0 && (
        <ul className="tags" aria-label={t('library.tag')}>
          {routine.tags.map((tag) => (
            <li key={tag}>{t(`move.tags.${tag}`)}</li>
          ))}
        </ul>
      )}
      {(waiting || assumedSafe) && (
        <p id={why} className="bone-card-note">
          {waiting ? t('move.waitingCard') : t('move.assumedCard')}
        </p>
      )}
      <div className="row">
        {waiting ? (
          <Button variant="primary" disabled aria-label={startNamed} aria-describedby={why}>
            {t('move.start')}
          </Button>
        ) : (
          <Link
            className="btn btn-primary"
            to={playPath(routine.id)}
            aria-label={startNamed}
            aria-describedby={assumedSafe ? why : undefined}
          >
            {t('move.start')}
          </Link>
        )}
      </div>
    </li>
  );
}
