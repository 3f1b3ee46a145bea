import {
  type CustomExercise,
  customExerciseInputSchema,
  customExercisePatchSchema,
  type Dose,
} from '@spinekind/core';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../lib/form';
import { Button } from '../../ui/Button';
import { Field, TextArea } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { useCustomWrite } from './api';

/** Pace used to time her own repetition exercises in the player. */
const CUSTOM_SECONDS_PER_REP = 3;

const amountOf = (dose: Dose) => String(dose.kind === 'time' ? dose.seconds : dose.reps);

/**
 * Adds an exercise of her own (name, steps, dose, optional link and notes), or with `exercise`
 * edits that one, pre-filled; `onDone` is called after saving or on Cancel / Escape.
 * What she typed is kept if saving fails, with the server's reasons next to the fields.
 */
export function CustomExerciseForm({ exercise, onDone }: { exercise?: CustomExercise; onDone?: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const { create, update } = useCustomWrite('custom-exercises');
  const [name, setName] = useState(exercise?.name ?? '');
  const [steps, setSteps] = useState(exercise?.steps.join('\n') ?? '');
  const [kind, setKind] = useState<'time' | 'reps'>(exercise?.dose.kind ?? 'reps');
  const [amount, setAmount] = useState(exercise ? amountOf(exercise.dose) : '10');
  const [sets, setSets] = useState(String(exercise?.dose.sets ?? 1));
  const [perSide, setPerSide] = useState(exercise?.dose.perSide ?? false);
  const [link, setLink] = useState(exercise?.link ?? '');
  const [notes, setNotes] = useState(exercise?.notes ?? '');
  const { errors, problem, submit: check } = useFormSubmit({ problemAs: 'inline' });
  const editing = exercise !== undefined;

  // Editing starts in the form, at its first field (after the page has focused its title on arrival).
  useEffect(() => {
    if (!editing) return;
    const frame = requestAnimationFrame(() => form.current?.querySelector('input')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [editing]);

  function doseOf(): Dose {
    // Keep what the form does not show (pace, rest) from the exercise being edited.
    const old = exercise?.dose;
    const rest = old?.restSeconds === undefined ? {} : { restSeconds: old.restSeconds };
    return kind === 'time'
      ? {
          kind,
          seconds: Number(amount),
          sets: Number(sets),
          ...(old?.kind === 'time' && old.perSide !== undefined ? { perSide: old.perSide } : {}),
          ...rest,
        }
      : {
          kind,
          reps: Number(amount),
          sets: Number(sets),
          secondsPerRep: old?.kind === 'reps' ? old.secondsPerRep : CUSTOM_SECONDS_PER_REP,
          perSide,
          ...rest,
        };
  }

  function submit(e: FormEvent) {
    const fields = {
      name,
      steps: steps
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      dose: doseOf(),
    };
    if (exercise) {
      const patch = { ...fields, link: link.trim() || null, notes: notes.trim() || null };
      return check(e, customExercisePatchSchema, patch, async (data) => {
        await update.mutateAsync({ id: exercise.id, patch: data });
        toast(t('custom.changed'));
        onDone?.();
      });
    }
    const input = {
      id: crypto.randomUUID(),
      ...fields,
      ...(link.trim() ? { link: link.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    return check(e, customExerciseInputSchema, input, async (data) => {
      await create.mutateAsync(data);
      toast(t('custom.exerciseSaved'));
      setName('');
      setSteps('');
      setLink('');
      setNotes('');
    });
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing && e.key === 'Escape') onDone?.();
  };
  const amountError = errors['dose.seconds'] ?? errors['dose.reps'] ?? errors.dose;
  return (
    <form
      ref={form}
      className="card stack"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby={headingId}
      data-testid={editing ? 'edit-exercise' : undefined}
    >
      <h3 id={headingId}>
        {exercise ? t('custom.editTitle', { name: exercise.name }) : t('custom.newExercise')}
      </h3>
      <Field
        label={t('custom.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <TextArea
        label={t('custom.steps')}
        hint={t('custom.stepsHint')}
        value={steps}
        onChange={(e) => setSteps(e.target.value)}
        error={errors.steps}
      />
      <Select
        label={t('custom.doseKind')}
        value={kind}
        onChange={(v) => setKind(v === 'time' ? 'time' : 'reps')}
        options={[
          { value: 'reps', label: t('custom.doseReps') },
          { value: 'time', label: t('custom.doseTime') },
        ]}
      />
      <div className="row row-fields">
        <div className="grow">
          <Field
            label={kind === 'time' ? t('custom.seconds') : t('custom.reps')}
            type="number"
            inputMode="numeric"
            min={1}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={amountError}
          />
        </div>
        <div className="grow">
          <Field
            label={t('custom.sets')}
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            value={sets}
            onChange={(e) => setSets(e.target.value)}
            error={errors['dose.sets']}
          />
        </div>
      </div>
      {kind === 'reps' && (
        <label className="check">
          <input type="checkbox" checked={perSide} onChange={(e) => setPerSide(e.target.checked)} />
          {t('custom.perSide')}
        </label>
      )}
      <Field
        label={t('custom.link')}
        hint={t('custom.linkHint')}
        type="url"
        value={link}
        onChange={(e) => setLink(e.target.value)}
        error={errors.link}
      />
      <TextArea
        label={t('custom.notes')}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={errors.notes}
      />
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="row">
        <Button type="submit" variant="primary" disabled={create.isPending || update.isPending}>
          {editing ? t('custom.saveChanges') : t('custom.saveExercise')}
        </Button>
        {editing && <Button onClick={onDone}>{t('custom.cancel')}</Button>}
      </div>
    </form>
  );
}
