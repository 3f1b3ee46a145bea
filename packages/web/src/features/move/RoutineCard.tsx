import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MoveRoutine, routineMinutes } from './library';

export const routinePath = (id: string) => `/move/routines/${encodeURIComponent(id)}`;
export const playPath = (id: string) => `/move/play/${encodeURIComponent(id)}`;

/** A routine in a list: name, length, tags, and Start. */
export function RoutineCard({ routine }: { routine: MoveRoutine }) {
  const { t } = useTranslation();
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
      <div className="row">
        <Link
          className="btn btn-primary"
          to={playPath(routine.id)}
          aria-label={t('move.startNamed', { name: routine.name })}
        >
          {t('move.start')}
        </Link>
      </div>
    </li>
  );
}
