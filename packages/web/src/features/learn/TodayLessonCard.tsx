import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { useTodayDismissed, useTodayLesson } from './api';
import { LessonMeta } from './Grade';
import './learn.css';

/**
 * Today's lesson: one unread lesson the server chose from her data, and why. "Not today" hides it on this
 * device until tomorrow; once she marks it read, the next one takes its place.
 */
export function TodayLessonCard() {
  const { t } = useTranslation();
  const today = useTodayLesson();
  const { known, dismissed, dismiss } = useTodayDismissed();
  if (!known || dismissed || !today.data) return null;
  const { lesson, reason } = today.data;
  return (
    <section className="card stack today-lesson" aria-labelledby="today-lesson" data-testid="today-lesson">
      <h2 id="today-lesson">{t('todayLesson.title')}</h2>
      {lesson ? (
        <>
          <p className="today-lesson-title">
            <Link to={`/learn/${lesson.id}`}>{lesson.title}</Link>
          </p>
          <p>{reason}</p>
          <LessonMeta minutes={lesson.minutes} grade={lesson.grade} read={false} />
        </>
      ) : (
        <p>{t('todayLesson.allRead')}</p>
      )}
      <div className="row">
        <Link to="/learn">{t('todayLesson.browse')}</Link>
        <Button variant="quiet" onClick={() => void dismiss()}>
          {t('todayLesson.dismiss')}
        </Button>
      </div>
    </section>
  );
}
