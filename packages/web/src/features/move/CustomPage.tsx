import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { useCustomWrite } from './api';
import { CustomExerciseForm } from './CustomExerciseForm';
import { useDoseText } from './DoseText';
import { exercisePath } from './LibraryPage';
import { useCustomExercises, useCustomRoutines } from './own';
import { playPath } from './paths';
import { RoutineBuilder } from './RoutineBuilder';
import './move.css';

/**
 * Her own exercises (e.g. from a physiotherapist) and routines built from any exercises: add,
 * edit in place, remove with Undo. Keyboard focus goes into the form on Edit and back to the
 * item's Edit button after saving, Cancel, or Undo. `?edit=<id>` opens that one for editing.
 */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const doseText = useDoseText();
  const own = useCustomExercises();
  const routines = useCustomRoutines();
  const exerciseWrite = useCustomWrite('custom-exercises');
  const routineWrite = useCustomWrite('custom-routines');
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<string | null>(params.get('edit'));
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const liveExercises = (own.data ?? []).filter((e) => !e.archivedAt);
  const liveRoutines = (routines.data ?? []).filter((r) => !r.archivedAt);

  // Back to the item once it is on screen again (after an edit closes, or an Undo brings it back).
  useEffect(() => {
    if (!focusTarget || editing) return;
    const button = document.querySelector<HTMLElement>(`[data-edit="${focusTarget}"]`);
    if (!button) return;
    button.focus();
    setFocusTarget(null);
  });

  const edit = (id: string) => {
    setEditing(id);
    if (params.has('edit')) setParams({}, { replace: true });
  };
  const finish = (id: string) => {
    setEditing(null);
    setFocusTarget(id);
    if (params.has('edit')) setParams({}, { replace: true });
  };
  const undo = async (write: typeof exerciseWrite, id: string, name: string) => {
    try {
      await write.restore.mutateAsync(id);
      setFocusTarget(id);
      toast(t('custom.restored', { name }));
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  };
  const remove = async (write: typeof exerciseWrite, id: string, name: string, listHeading: string) => {
    try {
      await write.remove.mutateAsync(id);
      document.getElementById(listHeading)?.focus();
      toast(t('custom.archived', { name }), {
        action: { label: t('custom.undo'), run: () => void undo(write, id, name) },
      });
    } catch (err) {
      toast(problemMessage(err, t), { tone: 'error' });
    }
  };
  const editButton = (id: string, name: string) => (
    <Button
      variant="quiet"
      data-edit={id}
      aria-label={t('custom.editLabel', { name })}
      onClick={() => edit(id)}
    >
      {t('custom.edit')}
    </Button>
  );
  const removeButton = (write: typeof exerciseWrite, id: string, name: string, listHeading: string) => (
    <Button
      variant="quiet"
      aria-label={t('custom.archiveLabel', { name })}
      onClick={() => void remove(write, id, name, listHeading)}
    >
      {t('custom.archive')}
    </Button>
  );
  const failed = own.isError || routines.isError;
  const editingExercise = liveExercises.some((e) => e.id === editing);
  const editingRoutine = liveRoutines.some((r) => r.id === editing);
  return (
    <Page title={t('custom.title')} back={{ to: '/move', label: t('move.title') }}>
      <p>{t('custom.intro')}</p>
      {failed && <p className="card">{problemMessage(own.error ?? routines.error, t)}</p>}
      <section className="stack" aria-labelledby="own-exercises">
        <h2 id="own-exercises" tabIndex={-1}>
          {t('custom.exercises')}
        </h2>
        {own.isPending ? (
          <p>{t('app.loading')}</p>
        ) : liveExercises.length === 0 ? (
          <p className="muted">{t('custom.noExercises')}</p>
        ) : (
          <ul className="entries">
            {liveExercises.map((e) =>
              e.id === editing ? (
                <li key={e.id}>
                  <CustomExerciseForm exercise={e} onDone={() => finish(e.id)} />
                </li>
              ) : (
                <li key={e.id} className="card entry" data-testid="custom-exercise">
                  <div className="entry-main">
                    <Link to={exercisePath(`custom:${e.id}`)}>
                      <b>{e.name}</b>
                    </Link>
                    <p className="muted">{doseText(e.dose)}</p>
                  </div>
                  <div className="entry-actions">
                    {editButton(e.id, e.name)}
                    {removeButton(exerciseWrite, e.id, e.name, 'own-exercises')}
                  </div>
                </li>
              ),
            )}
          </ul>
        )}
        {!editingExercise && <CustomExerciseForm />}
      </section>
      <section className="stack" aria-labelledby="own-routines">
        <h2 id="own-routines" tabIndex={-1}>
          {t('custom.routines')}
        </h2>
        {routines.isPending ? (
          <p>{t('app.loading')}</p>
        ) : liveRoutines.length === 0 ? (
          <p className="muted">{t('custom.noRoutines')}</p>
        ) : (
          <ul className="entries">
            {liveRoutines.map((r) =>
              r.id === editing ? (
                <li key={r.id}>
                  <RoutineBuilder routine={r} onDone={() => finish(r.id)} />
                </li>
              ) : (
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
                    {editButton(r.id, r.name)}
                    {removeButton(routineWrite, r.id, r.name, 'own-routines')}
                  </div>
                </li>
              ),
            )}
          </ul>
        )}
        {!editingRoutine && <RoutineBuilder />}
      </section>
    </Page>
  );
}
