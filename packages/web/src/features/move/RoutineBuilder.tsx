import { type CustomRoutine, customRoutineInputSchema, customRoutinePatchSchema } from '@spinekind/core';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../lib/form';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { useCustomWrite } from './api';
import { useCatalogue } from './catalogue';
import { useCustomExercises } from './own';

/** One row of the routine being built; `key` keeps a row (and its focus) when rows move. */
type Item = CustomRoutine['items'][number] & { key: string };
const keyed = (item: CustomRoutine['items'][number]): Item => ({ ...item, key: crypto.randomUUID() });

/**
 * Builds a routine of her own from library exercises and her own, in the order she chooses; with
 * `routine`, edits that one (pre-filled, doses of its items kept). `onDone` after saving or Cancel.
 */
export function RoutineBuilder({ routine, onDone }: { routine?: CustomRoutine; onDone?: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const own = useCustomExercises();
  const catalogue = useCatalogue();
  const { create, update } = useCustomWrite('custom-routines');
  const [name, setName] = useState(routine?.name ?? '');
  const [items, setItems] = useState<Item[]>(() => routine?.items.map(keyed) ?? []);
  const yours = (own.data ?? []).map((e) => ({
    value: `custom:${e.id}`,
    label: `${e.name} (${t('custom.yours')})`,
    archived: e.archivedAt !== null,
  }));
  const options = [
    ...yours.filter((o) => !o.archived).map(({ value, label }) => ({ value, label })),
    ...catalogue.exercises.map((e) => ({ value: e.id, label: e.name })),
  ];
  const [pick, setPick] = useState('');
  const chosen = pick || options[0]?.value || '';
  const { errors, setErrors, problem, saving, submit: check } = useFormSubmit({ problemAs: 'inline' });
  // Removed exercises still show their name in a routine that holds them.
  const label = (id: string) => [...yours, ...options].find((o) => o.value === id)?.label ?? id;
  const editing = routine !== undefined;

  // Editing starts in the form, at its first field (after the page has focused its title on arrival).
  useEffect(() => {
    if (!editing) return;
    const frame = requestAnimationFrame(() => form.current?.querySelector('input')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [editing]);

  const move = (i: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    if (!item) return;
    next.splice(i + by, 0, item);
    setItems(next);
    // Focus stays on the moved row; at the top or bottom its other arrow takes it.
    requestAnimationFrame(() => {
      const row = form.current?.querySelector(`[data-key="${item.key}"]`);
      const same = row?.querySelector<HTMLButtonElement>(`[data-dir="${by}"]`);
      const other = row?.querySelector<HTMLButtonElement>(`[data-dir="${-by}"]`);
      (same && !same.disabled ? same : other)?.focus();
    });
  };

  function submit(e: FormEvent) {
    const fields = { name, items: items.map(({ key: _key, ...item }) => item) };
    if (routine)
      return check(e, customRoutinePatchSchema, fields, async (patch) => {
        await update.mutateAsync({ id: routine.id, patch });
        toast(t('custom.changed'));
        onDone?.();
      });
    return check(e, customRoutineInputSchema, { id: crypto.randomUUID(), ...fields }, async (data) => {
      await create.mutateAsync(data);
      toast(t('custom.routineSaved'));
      setName('');
      setItems([]);
    });
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (editing && e.key === 'Escape') onDone?.();
  };
  return (
    <form
      ref={form}
      className="card stack"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby={headingId}
      data-testid={editing ? 'edit-routine' : undefined}
    >
      <h3 id={headingId}>
        {routine ? t('custom.editTitle', { name: routine.name }) : t('custom.newRoutine')}
      </h3>
      <Field
        label={t('custom.routineName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <div className="row">
        <div className="grow">
          <Select label={t('custom.pick')} value={chosen} options={options} onChange={setPick} />
        </div>
        <Button
          onClick={() => {
            if (!chosen) return;
            setItems([...items, keyed({ exerciseId: chosen })]);
            setErrors(({ items: _done, ...rest }) => rest);
          }}
        >
          {t('custom.addExercise')}
        </Button>
      </div>
      <h4>{t('custom.items')}</h4>
      {items.length === 0 ? (
        <p className={errors.items ? 'error' : 'muted'}>{t('custom.noItems')}</p>
      ) : (
        <>
          <ol className="builder-items">
            {items.map(({ key, exerciseId }, i) => (
              <li key={key} data-key={key} className="builder-item">
                <span className="grow">{label(exerciseId)}</span>
                <Button
                  variant="quiet"
                  data-dir={-1}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={t('custom.moveUp', { name: label(exerciseId) })}
                >
                  ↑
                </Button>
                <Button
                  variant="quiet"
                  data-dir={1}
                  disabled={i === items.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t('custom.moveDown', { name: label(exerciseId) })}
                >
                  ↓
                </Button>
                <Button
                  variant="quiet"
                  onClick={() => setItems(items.filter((_, j) => j !== i))}
                  aria-label={t('custom.removeItem', { name: label(exerciseId) })}
                >
                  {t('plan.remove')}
                </Button>
              </li>
            ))}
          </ol>
          {errors.items && <p className="error">{errors.items}</p>}
        </>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="row">
        <Button type="submit" variant="primary" disabled={saving}>
          {editing ? t('custom.saveChanges') : t('custom.saveRoutine')}
        </Button>
        {editing && <Button onClick={onDone}>{t('custom.cancel')}</Button>}
      </div>
    </form>
  );
}
