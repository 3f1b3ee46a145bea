import { useTranslation } from 'react-i18next';
import { BreaksLink } from '../breaks/BreaksLink';
import { TodayExperimentCard } from '../experiments/TodayExperimentCard';
import { WeeklyCard } from '../insights/WeeklyCard';
import { TodayLessonCard } from '../learn/TodayLessonCard';
import { TodayPlan } from '../move/TodayPlan';
import { DueCards } from '../questionnaires/ListPage';

/**
 * Today's cards under her entries: the plan, the experiment, breaks, questionnaires due, the lesson and
 * the week. A module of their own, loaded once the check-in has painted (TodayPage.tsx): they bring the
 * exercise catalogue and the lessons, which a phone on a slow network should not wait for before she can
 * log her pain.
 */
export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <TodayPlan compact />
      <TodayExperimentCard />
      <nav className="card breaks-entry" aria-label={t('breaks.link')}>
        <BreaksLink from="/" />
      </nav>
      <DueCards />
      <TodayLessonCard />
      <WeeklyCard />
    </>
  );
}
