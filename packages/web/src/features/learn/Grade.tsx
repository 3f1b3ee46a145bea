import type { LessonGrade } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import './learn.css';

/** The strength of a lesson's evidence, said in words with its letter (never colour alone). */
export function GradeBadge({ grade }: { grade: LessonGrade }) {
  const { t } = useTranslation();
  return <span className={`badge grade grade-${grade.toLowerCase()}`}>{t(`learn.grades.${grade}`)}</span>;
}

/** "4 min read · Strong evidence (A) · Read" under a lesson's title. */
export function LessonMeta({ minutes, grade, read }: { minutes: number; grade: LessonGrade; read: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="lesson-meta">
      <span>{t('learn.minutes', { count: minutes })}</span>
      <GradeBadge grade={grade} />
      {read && <span className="badge lesson-read">✓ {t('learn.read')}</span>}
    </p>
  );
}
