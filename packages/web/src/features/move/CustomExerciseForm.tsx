import { customExerciseInputSchema } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors, problemMessage, zodFieldErrors } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field, TextArea } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { useCustomWrite } from './api';

/** Pace used to time her own repetition exercises in the player. */
const CUSTOM_SECONDS_PER_REP = 3;

/** Adds an exercise of her own: name, steps, dose and an optional link. Kept as typed if saving fails. */
export function CustomExerciseForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const { create } = useCustomWrite('custom-exercises');
  const [name, setName] = useState('');
  const [steps, setSteps] = useState('');
  const [kind, setKind] = useState<'time' | 'reps'>('reps');
  const [amount, setAmount] = useState('10');
  const [sets, setSets] = useState('1');
  const [perSide, setPerSide] = useState(false);
  const [link, setLink] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem('');
    const dose =
      kind === 'time'
        ? { kind, seconds: Number(amount), sets: Number(sets) }
        : { kind, reps: Number(amount), sets: Number(sets), secondsPerRep: CUSTOM_SECONDS_PER_REP, perSide };
    const parsed = customExerciseInputSchema.safeParse({
      id: crypto.randomUUID(),
      name,
      steps: steps
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
      dose,
      ...(link.trim() ? { link: link.trim() } : {}),
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    try {
      await create.mutateAsync(parsed.data);
      toast(t('custom.exerciseSaved'));
      setName('');
      setSteps('');
      setLink('');
    } catch (err) {
      setProblem(problemMessage(err, t));
      if (err instanceof ApiError) setErrors(fieldErrors(err.details));
    }
  }

  const amountError = errors['dose.seconds'] ?? errors['dose.reps'] ?? errors.dose;
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="new-exercise">
      <h3 id="new-exercise">{t('custom.newExercise')}</h3>
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
      <div className="row">
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
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {t('custom.saveExercise')}
      </Button>
    </form>
  );
}
