import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { AdviceCard } from './AdviceCard';
import { BONE_WHY, BoneStatusNote } from './BoneNote';
import { useSafeRoutine } from './bone';
import { useDoseText } from './DoseText';
import { Illustration } from './Illustration';
import { exercisePath } from './LibraryPage';
import { routineMinutes } from './library';
import { playPath } from './paths';
import { RoutineLearn } from './RoutineLearn';
import './move.css';

/** A routine before playing it: what is in it, how long, advice from past sessions, and Start. */
export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { routine, swaps = [], caution, waiting, assumedSafe, status, library } = useSafeRoutine(id);
  const doseText = useDoseText();
  if (!routine) {
    return (
      <Page title={t('move.title')} back={{ to: '/move', label: t('routine.back') }}>
        <p>{library.loading ? t('app.loading') : t('routine.notFound')}</p>
      </Page>
    );
  }
  const name = (exerciseId: string) => library.exercise(exerciseId)?.name ?? exerciseId;
  return (
    <Page title={routine.name} back={{ to: '/move', label: t('routine.back') }}>
      {routine.description && <p>{routine.description}</p>}
      <p className="muted">
        {t('routine.minutes', { count: routineMinutes(routine) })} ·{' '}
        {t('move.exercises', { count: routine.items.length })}
      </p>
      {routine.tags.length > 0 && (
        <ul className="tags" aria-label={t('library.tag')}>
          {routine.tags.map((tag) => (
            <li key={tag}>{t(`move.tags.${tag}`)}</li>
          ))}
        </ul>
      )}
      <RoutineLearn routine={routine} sources />
      {swaps.length > 0 && <BoneStatusNote status={status} about="routine" id={BONE_WHY} />}
      {caution && <p className="notice">{caution}</p>}
      {waiting ? (
        <Button variant="primary" wide className="player-start" disabled aria-describedby={BONE_WHY}>
          {t('routine.start')}
        </Button>
      ) : (
        <Link className="btn btn-primary btn-wide player-start" to={playPath(routine.id)}>
          {assumedSafe ? t('routine.startSafe') : t('routine.start')}
        </Link>
      )}
      {swaps.length > 0 && (
        <section aria-labelledby="swaps-title" data-testid="bone-swaps">
          <h2 id="swaps-title">{t('routine.swapsTitle')}</h2>
          <ul>
            {swaps.map((s) => (
              <li key={s.from}>
                {s.to
                  ? t('routine.swapped', { from: name(s.from), to: name(s.to) })
                  : t('routine.left', { name: name(s.from) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <AdviceCard routineId={routine.id} />
      <section aria-labelledby="overview-title" className="stack">
        <h2 id="overview-title">{t('routine.overview')}</h2>
        <ol className="exercise-list">
          {routine.items.map((item, i) => {
            const exercise = library.exercise(item.exerciseId);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same exercise may appear twice
              <li key={`${item.exerciseId}-${i}`}>
                <Link className="card exercise-row" to={exercisePath(item.exerciseId)}>
                  {exercise && <Illustration exercise={exercise} size="small" decorative />}
                  <span>
                    <span className="exercise-row-name">{name(item.exerciseId)}</span>
                    <br />
                    <span className="muted">{doseText(item.dose)}</span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      </section>
    </Page>
  );
}
