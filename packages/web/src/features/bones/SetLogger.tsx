import { type BandColour, bandColours, type ProgrammeItem, type ProgrammeLoad } from '@spinekind/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nowWithOffset } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { Choice } from '../../ui/Choice';
import { Select } from '../../ui/Select';
import { Stepper } from '../../ui/Stepper';
import { useToast } from '../../ui/Toast';
import { createSession } from '../move/sessions';
import { useLastSets } from './api';
import { useExerciseName } from './load';

type LoadKind = 'kg' | 'band' | 'bodyweight';
type Rating = 'too_easy' | 'about_right' | 'too_hard';
interface Row {
  exerciseId: string;
  done: boolean;
  sets: number;
  reps: number | null;
  seconds: number | null;
  kind: LoadKind;
  kg: number;
  band: BandColour;
  rpe: number | null;
}

const kindOf = (load: ProgrammeLoad | null | undefined): LoadKind =>
  load?.loadKg !== undefined ? 'kg' : load?.band ? 'band' : 'bodyweight';

/** The sets of one exercise as the session records them: each set the same reps, load and effort. */
function setsOf(r: Row) {
  const load =
    r.kind === 'kg' ? { loadKg: r.kg } : r.kind === 'band' ? { band: r.band } : { bodyweight: true as const };
  const one = {
    ...(r.reps !== null ? { reps: r.reps } : {}),
    ...(r.seconds !== null ? { seconds: r.seconds } : {}),
    ...load,
    ...(r.rpe !== null ? { rpe: r.rpe } : {}),
  };
  return Array.from({ length: r.sets }, () => ({ ...one }));
}

/**
 * Logging a strength session after she did it, fast on a phone: per exercise the sets, repetitions,
 * load (kg, band or body weight) and effort (RPE 0–10), started from today's plan and her last values.
 */
export function SetLogger({
  routineId,
  items,
  onDone,
}: {
  routineId: string;
  items: ProgrammeItem[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const exerciseName = useExerciseName();
  const toast = useToast();
  const client = useQueryClient();
  const last = useLastSets();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [pain, setPain] = useState<{ before: number | null; after: number | null }>({
    before: null,
    after: null,
  });
  const [minutes, setMinutes] = useState<number>(25);
  const [rating, setRating] = useState<Rating | null>(null);
  const [tried, setTried] = useState(false);
  if (!last) return <p>{t('app.loading')}</p>;
  const current: Row[] =
    rows ??
    items.map((i) => {
      const before = last.get(i.exerciseId);
      const load = i.load ?? before?.load ?? null;
      return {
        exerciseId: i.exerciseId,
        done: true,
        sets: i.sets,
        reps: i.reps,
        seconds: i.seconds,
        kind: kindOf(load),
        kg: load?.loadKg ?? 2,
        band: load?.band ?? 'yellow',
        rpe: before?.rpe ?? null,
      };
    });
  const change = (k: number, patch: Partial<Row>) =>
    setRows(current.map((r, i) => (i === k ? { ...r, ...patch } : r)));

  async function save() {
    setTried(true);
    if (pain.before === null || pain.after === null || rating === null) return;
    const done = current.filter((r) => r.done);
    const ended = new Date();
    await createSession({
      id: crypto.randomUUID(),
      routineId,
      startedAt: nowWithOffset(new Date(ended.getTime() - minutes * 60_000)),
      endedAt: nowWithOffset(ended),
      exercises: current.map((r) => ({
        exerciseId: r.exerciseId,
        done: r.done,
        ...(r.done ? { sets: setsOf(r) } : {}),
      })),
      painBefore: pain.before,
      painAfter: pain.after,
      effort: Math.max(0, ...done.map((r) => r.rpe ?? 0)),
      rating,
    });
    await client.invalidateQueries({ queryKey: ['programmes'] });
    toast(t('bones.logged'));
    onDone();
  }

  return (
    <div className="stack set-logger" data-testid="set-logger">
      {current.map((r, k) => (
        <fieldset key={r.exerciseId} className="card stack set-row" data-exercise={r.exerciseId}>
          <legend>{exerciseName(r.exerciseId)}</legend>
          <label className="check">
            <input type="checkbox" checked={r.done} onChange={(e) => change(k, { done: e.target.checked })} />
            <span>{t('bones.didIt')}</span>
          </label>
          {r.done && (
            <div className="stepper-grid">
              <Stepper
                label={t('bones.sets')}
                value={r.sets}
                min={1}
                max={10}
                onChange={(sets) => change(k, { sets })}
              />
              {r.reps !== null ? (
                <Stepper
                  label={t('bones.reps')}
                  value={r.reps}
                  min={1}
                  max={50}
                  onChange={(reps) => change(k, { reps })}
                />
              ) : (
                <Stepper
                  label={t('bones.seconds')}
                  value={r.seconds}
                  min={5}
                  max={300}
                  step={5}
                  onChange={(seconds) => change(k, { seconds })}
                />
              )}
              <Select
                label={t('bones.load')}
                value={r.kind}
                onChange={(kind) => change(k, { kind: kind as LoadKind })}
                options={(['kg', 'band', 'bodyweight'] as const).map((v) => ({
                  value: v,
                  label: t(`bones.loadKinds.${v}`),
                }))}
              />
              {r.kind === 'kg' && (
                <Stepper
                  label={t('bones.weight')}
                  value={r.kg}
                  min={0}
                  max={100}
                  step={0.5}
                  unit="kg"
                  onChange={(kg) => change(k, { kg })}
                />
              )}
              {r.kind === 'band' && (
                <Select
                  label={t('bones.bandColour')}
                  value={r.band}
                  onChange={(band) => change(k, { band: band as BandColour })}
                  options={bandColours.map((c) => ({ value: c, label: t(`bones.bands.${c}`) }))}
                />
              )}
              <Stepper
                label={t('bones.rpe')}
                value={r.rpe}
                min={0}
                max={10}
                start={5}
                onChange={(rpe) => change(k, { rpe })}
              />
            </div>
          )}
        </fieldset>
      ))}
      <section className="card stack">
        <p className="hint">{t('bones.rpeHint')}</p>
        <div className="stepper-grid">
          <Stepper
            label={t('bones.painBefore')}
            value={pain.before}
            min={0}
            max={10}
            start={2}
            onChange={(before) => setPain((p) => ({ ...p, before }))}
          />
          <Stepper
            label={t('bones.painAfter')}
            value={pain.after}
            min={0}
            max={10}
            start={2}
            onChange={(after) => setPain((p) => ({ ...p, after }))}
          />
          <Stepper
            label={t('bones.minutesTaken')}
            value={minutes}
            min={5}
            max={120}
            step={5}
            onChange={setMinutes}
          />
        </div>
        <Choice<Rating>
          legend={t('bones.howFelt')}
          value={rating}
          onChange={setRating}
          options={(['too_easy', 'about_right', 'too_hard'] as const).map((v) => ({
            value: v,
            label: t(`bones.rating.${v}`),
          }))}
        />
        {tried && (pain.before === null || pain.after === null || rating === null) && (
          <p className="error" role="alert">
            {t('bones.needPain')}
          </p>
        )}
        <Button variant="primary" wide onClick={() => void save()}>
          {t('bones.saveLog')}
        </Button>
      </section>
    </div>
  );
}
