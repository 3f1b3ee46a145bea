import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { useCustomExercises, useCustomRoutines, useCustomWrite } from './api';
import { CustomExerciseForm } from './CustomExerciseForm';
import { useDoseText } from './DoseText';
import { exercisePath } from './LibraryPage';
import { RoutineBuilder } from './RoutineBuilder';
import { playPath } from './RoutineCard';
import './move.css';

/** Her own exercises (e.g. from a physiotherapist) and routines built from any exercises. */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const doseText = useDoseText();
  const own = useCustomExercises();
  const routines = useCustomRoutines();
  const exerciseWrite = useCustomWrite('custom-exercises');
  const routineWrite = useCustomWrite('custom-routines');
  const liveExercises = (own.data ?? []).filter((e) => !e.archivedAt);
  const liveRoutines = (routines.data ?? []).filter((r) => !r.archivedAt);
  const remove = async (write: typeof exerciseWrite, id: string, name: string) => {
    try {
      await write.remove.mutateAsync(id);
      toast(t('custom.archived', { name }));
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  };
  const failed = own.isError || routines.isError;
  return (
    <Page title={t('custom.title')} back={{ to: '/move', label: t('move.title') }}>
      <p>{t('custom.intro')}</p>
      {failed && <p className="card">{problemMessage(own.error ?? routines.error, t)}</p>}
      <section className="stack" aria-labelledby="own-exercises">
        <h2 id="own-exercises">{t('custom.exercises')}</h2>
        {own.isPending ? (
          <p>{t('history.loading')}</p>
        ) : liveExercises.length === 0 ? (
          <p className="muted">{t('custom.noExercises')}</p>
        ) : (
          <ul className="entries">
            {liveExercises.map((e) => (
              <li key={e.id} className="card entry" data-testid="custom-exercise">
                <div className="entry-main">
                  <Link to={exercisePath(`custom:${e.id}`)}>
                    <b>{e.name}</b>
                  </Link>
                  <p className="muted">{doseText(e.dose)}</p>
                </div>
                <div className="entry-actions">
                  <Button
                    variant="quiet"
                    aria-label={t('custom.archiveLabel', { name: e.name })}
                    onClick={() => void remove(exerciseWrite, e.id, e.name)}
                  >
                    {t('custom.archive')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <CustomExerciseForm />
      </section>
      <section className="stack" aria-labelledby="own-routines">
        <h2 id="own-routines">{t('custom.routines')}</h2>
        {routines.isPending ? (
          <p>{t('history.loading')}</p>
        ) : liveRoutines.length === 0 ? (
          <p className="muted">{t('custom.noRoutines')}</p>
        ) : (
          <ul className="entries">
            {liveRoutines.map((r) => (
              <li key={r.id} className="card entry" data-testid="custom-routine">
                <div className="entry-main">
                  <b>{r.name}</b>
                  <p className="muted">{t('move.exercises', { count: r.items.length })}</p>
                </div>
                <div className="entry-actions">
                  <Link
                    className="btn btn-secondary"
                    to={playPath(`custom:${r.id}`)}
                    aria-label={t('custom.playLabel', { name: r.name })}
                  >
                    {t('custom.play')}
                  </Link>
                  <Button
                    variant="quiet"
                    aria-label={t('custom.archiveLabel', { name: r.name })}
                    onClick={() => void remove(routineWrite, r.id, r.name)}
                  >
                    {t('custom.archive')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <RoutineBuilder />
      </section>
    </Page>
  );
}
