import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLesson } from '../features/learn/lessons';
import './ui.css';

/** Where a lesson opens in the app (the Learn screen). */
export const lessonPath = (id: string) => `/learn/${id}`;

/**
 * A one-tap link to the lesson that explains what is on screen, named by its title: "Learn more:
 * The loop between sleep, stress and pain", in her language. Nothing when the id names no lesson.
 */
export function LessonLink({ id }: { id: string | null | undefined }) {
  const { t } = useTranslation();
  const lesson = useLesson(id);
  if (!lesson) return null;
  return (
    <Link className="lesson-link" to={lessonPath(lesson.id)} data-testid="lesson-link">
      {t('lessonLink.more', { title: lesson.title })}
    </Link>
  );
}
