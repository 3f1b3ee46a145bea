import { exercises } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors, problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { useCustomExercises, useCustomWrite } from './api';

/** Builds a routine of her own from library exercises and her own, in the order she chooses. */
export function RoutineBuilder() {
  const { t } = useTranslation();
  const toast = useToast();
  const own = useCustomExercises();
  const { create } = useCustomWrite('custom-routines');
  const [name, setName] = useState('');
  const [items, setItems] = useState<string[]>([]);
  const options = [
    ...(own.data ?? [])
      .filter((e) => !e.archivedAt)
      .map((e) => ({ value: `custom:${e.id}`, label: `${e.name} (${t('custom.yours')})` })),
    ...exercises.map((e) => ({ value: e.id, label: e.name })),
  ];
  const [pick, setPick] = useState('');
  const chosen = pick || options[0]?.value || '';
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const label = (id: string) => options.find((o) => o.value === id)?.label ?? id;
  const move = (i: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    setItems(next);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem('');
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('custom.name');
    if (items.length === 0) local.items = t('custom.noItems');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await create.mutateAsync({
        id: crypto.randomUUID(),
        name: name.trim(),
        items: items.map((exerciseId) => ({ exerciseId })),
      });
      toast(t('custom.routineSaved'));
      setName('');
      setItems([]);
    } catch (err) {
      setProblem(problemMessage(err, t));
      if (err instanceof ApiError) setErrors(fieldErrors(err.details));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="new-routine">
      <h3 id="new-routine">{t('custom.newRoutine')}</h3>
      <Field
        label={t('custom.routineName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name ? t('custom.nameRequired') : undefined}
      />
      <div className="row">
        <div className="grow">
          <Select label={t('custom.pick')} value={chosen} options={options} onChange={setPick} />
        </div>
        <Button onClick={() => chosen && setItems([...items, chosen])}>{t('custom.addExercise')}</Button>
      </div>
      <h4>{t('custom.items')}</h4>
      {items.length === 0 ? (
        <p className={errors.items ? 'error' : 'muted'}>{t('custom.noItems')}</p>
      ) : (
        <ol className="builder-items">
          {items.map((id, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same exercise may be added twice
            <li key={`${id}-${i}`} className="builder-item">
              <span className="grow">{label(id)}</span>
              <Button
                variant="quiet"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={t('custom.moveUp', { name: label(id) })}
              >
                ↑
              </Button>
              <Button
                variant="quiet"
                disabled={i === items.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t('custom.moveDown', { name: label(id) })}
              >
                ↓
              </Button>
              <Button
                variant="quiet"
                onClick={() => setItems(items.filter((_, j) => j !== i))}
                aria-label={t('custom.removeItem', { name: label(id) })}
              >
                {t('plan.remove')}
              </Button>
            </li>
          ))}
        </ol>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {t('custom.saveRoutine')}
      </Button>
    </form>
  );
}
