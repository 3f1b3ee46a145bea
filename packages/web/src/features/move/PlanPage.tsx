import { lessonFor, suggestedPlan, type WeeklyPlan, weeklyPlanSchema } from '@spinekind/core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isConflict } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { useFormSubmit } from '../../lib/form';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { LessonLink } from '../../ui/LessonLink';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { useBoneCondition, usePlan, useSavePlan } from './api';
import { BoneNote } from './BoneNote';
import { useCatalogue } from './catalogue';
import { useCustomRoutines } from './own';
import './move.css';
import { deviceTimeZone } from '../../lib/time-zone';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
const dayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
function DayPicks({
  legend,
  days,
  onChange,
}: {
  legend: string;
  days: number[];
  onChange(d: number[]): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="day-picks">
        {weekdays.map((d) => (
          <label key={d} className="day-pick">
            <input
              type="checkbox"
              checked={days.includes(d)}
              onChange={(e) => onChange(e.target.checked ? [...days, d].sort() : days.filter((x) => x !== d))}
            />
            <span>{t(`plan.dayNames.${dayKeys[d - 1]}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const emptyPlan = (): WeeklyPlan => ({ timeZone: deviceTimeZone(), entries: [], walking: null });

/** The weekly plan editor: routines on days at times, and the walking plan's start. */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const plan = usePlan();
  const save = useSavePlan();
  const custom = useCustomRoutines();
  const catalogue = useCatalogue();
  const bone = useBoneCondition();
  const [draft, setDraft] = useState<WeeklyPlan | null>(null);
  // Changed on another device: the plan as it is now (read again on the 409) fills the editor.
  const {
    errors,
    problem: error,
    submit: submitWith,
  } = useFormSubmit({
    problemAs: 'inline',
    onFailure: (err) => isConflict(err) && setDraft(null),
  });
  useEffect(() => {
    if (!plan.isPending && draft === null) setDraft(plan.data?.plan ?? plan.data?.suggestion ?? emptyPlan());
  }, [plan.isPending, plan.data, draft]);

  const options = [
    ...catalogue.routines.map((r) => ({ value: r.id, label: r.name })),
    ...(custom.data ?? [])
      .filter((r) => !r.archivedAt)
      .map((r) => ({ value: `custom:${r.id}`, label: r.name })),
  ];
  if (!draft) {
    return (
      <Page title={t('plan.title')} back={{ to: '/move', label: t('move.title') }}>
        <p>{t('plan.loading')}</p>
      </Page>
    );
  }
  const setEntry = (i: number, change: Partial<WeeklyPlan['entries'][number]>) =>
    setDraft({ ...draft, entries: draft.entries.map((e, j) => (i === j ? { ...e, ...change } : e)) });

  async function submit(e: FormEvent) {
    const input = { ...draft, timeZone: deviceTimeZone() };
    const done = await submitWith(e, weeklyPlanSchema, input, (plan) => save.mutateAsync(plan));
    if (done) toast(t('plan.saved'));
  }

  return (
    <Page title={t('plan.title')} back={{ to: '/move', label: t('move.title') }}>
      <p>{t('plan.intro')}</p>
      {bone && <BoneNote condition={bone} />}
      {!plan.data?.plan && plan.data?.suggestion && <p className="notice">{t('plan.suggested')}</p>}
      <Button
        onClick={() => {
          setDraft(
            suggestedPlan({ boneHealth: bone }, { timeZone: deviceTimeZone(), today: todayLocal() }).plan,
          );
          toast(t('plan.suggested'));
        }}
      >
        {t('plan.suggest')}
      </Button>
      <form className="stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="visually-hidden">
          {t('plan.title')}
        </h2>
        {draft.entries.map((entry, i) => {
          const name = options.find((o) => o.value === entry.routineId)?.label ?? entry.routineId;
          return (
            <fieldset key={entry.id} className="card stack" data-testid="plan-entry">
              <legend className="visually-hidden">{name}</legend>
              <Select
                label={t('plan.routine')}
                value={entry.routineId}
                options={options}
                onChange={(routineId) => setEntry(i, { routineId })}
              />
              <DayPicks
                legend={t('plan.days')}
                days={entry.days}
                onChange={(days) => setEntry(i, { days })}
              />
              {entry.days.length === 0 && <p className="error">{t('plan.daysRequired')}</p>}
              <Field
                label={t('plan.time')}
                type="time"
                value={entry.time}
                onChange={(e) => setEntry(i, { time: e.target.value })}
                error={errors[`entries.${i}.time`]}
              />
              <div className="row">
                <Button
                  variant="quiet"
                  aria-label={t('plan.removeLabel', { name })}
                  onClick={() => setDraft({ ...draft, entries: draft.entries.filter((_, j) => j !== i) })}
                >
                  {t('plan.remove')}
                </Button>
              </div>
            </fieldset>
          );
        })}
        <Button
          onClick={() =>
            setDraft({
              ...draft,
              entries: [
                ...draft.entries,
                { id: crypto.randomUUID(), routineId: 'morning-5', days: [...weekdays], time: '07:30' },
              ],
            })
          }
        >
          {t('plan.add')}
        </Button>
        <section className="card stack" aria-labelledby={`${id}-walk`}>
          <h2 id={`${id}-walk`}>{t('plan.walking')}</h2>
          <p className="hint">{t('plan.walkingHint')}</p>
          <LessonLink id={lessonFor.walkingPlan} />
          <label className="check">
            <input
              type="checkbox"
              checked={draft.walking !== null}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  walking: e.target.checked
                    ? { startDate: todayLocal(), days: [1, 2, 3, 4, 5], time: '12:30' }
                    : null,
                })
              }
            />
            {t('plan.walkingOn')}
          </label>
          {draft.walking && (
            <>
              <Field
                label={t('plan.walkingStart')}
                type="date"
                value={draft.walking.startDate}
                onChange={(e) =>
                  draft.walking &&
                  setDraft({ ...draft, walking: { ...draft.walking, startDate: e.target.value } })
                }
                error={errors['walking.startDate']}
              />
              <DayPicks
                legend={t('plan.days')}
                days={draft.walking.days}
                onChange={(days) =>
                  draft.walking && setDraft({ ...draft, walking: { ...draft.walking, days } })
                }
              />
              <Field
                label={t('plan.time')}
                type="time"
                value={draft.walking.time}
                onChange={(e) =>
                  draft.walking && setDraft({ ...draft, walking: { ...draft.walking, time: e.target.value } })
                }
              />
            </>
          )}
        </section>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="move-save-bar">
          <Button type="submit" variant="primary" wide disabled={save.isPending}>
            {t('plan.save')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
