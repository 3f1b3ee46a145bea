import { useTranslation } from 'react-i18next';
import { LessonLink } from '../../ui/LessonLink';
import type { MoveRoutine } from './library';

/**
 * What a built-in routine rests on: the evidence grade of a relaxation session with its reason (and,
 * on the routine page, its sources), and the lesson that explains it, one tap away.
 */
export function RoutineLearn({ routine, sources = false }: { routine: MoveRoutine; sources?: boolean }) {
  const { t } = useTranslation();
  const { evidence, lessonId } = routine;
  if (!evidence && !lessonId) return null;
  return (
    <div className="routine-learn" data-testid="routine-learn">
      {evidence && (
        <p>
          <span className="grade-badge">{t('routine.grade', { grade: evidence.grade })}</span>{' '}
          {evidence.reason}
        </p>
      )}
      {sources && evidence && (
        <details>
          <summary>{t('routine.sources')}</summary>
          <ul className="muted">
            {evidence.sources.map((s) => (
              <li key={s.citation}>
                {s.citation} ({s.year}){' '}
                {s.url && (
                  <a href={s.url} target="_blank" rel="noreferrer">
                    {t('routine.sourceLink')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <LessonLink id={lessonId} />
    </div>
  );
}
