import {
  type BodyArea,
  type Checkin,
  type CheckinInput,
  checkinInputSchema,
  NOTES_MAX,
} from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/api';
import { nowWithOffset } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { Field, TextArea } from '../../ui/Field';
import { ScaleInput } from '../../ui/ScaleInput';
import { AreaList, BodyMap } from './BodyMap';
import './checkins.css';

interface FormState {
  pain: number | null;
  painWorst: number | null;
  bodyAreas: BodyArea[];
  sleepHours: string;
  sleepQuality: number | null;
  nightPain: boolean | null;
  mood: number | null;
  stress: number | null;
  notes: string;
}

const fromCheckin = (c?: Checkin): FormState => ({
  pain: c?.pain ?? null,
  painWorst: c?.painWorst ?? null,
  bodyAreas: [...(c?.bodyAreas ?? [])],
  sleepHours: c?.sleepHours == null ? '' : String(c.sleepHours),
  sleepQuality: c?.sleepQuality ?? null,
  nightPain: c?.nightPain ?? null,
  mood: c?.mood ?? null,
  stress: c?.stress ?? null,
  notes: c?.notes ?? '',
});

function YesNo({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: boolean | null;
  onChange(v: boolean): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="yesno">
        {([true, false] as const).map((v) => (
          <label key={String(v)}>
            <input type="radio" name={legend} checked={value === v} onChange={() => onChange(v)} />
            <span>{v ? t('checkin.yes') : t('checkin.no')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The check-in form: pain and where first (the quick path), then last night, mood and a note. */
export function CheckinForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: Checkin;
  onSubmit(input: CheckinInput): Promise<void>;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormState>(() => fromCheckin(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggleArea = (area: BodyArea) =>
    set(
      'bodyAreas',
      form.bodyAreas.includes(area) ? form.bodyAreas.filter((a) => a !== area) : [...form.bodyAreas, area],
    );
  const painWords = { 0: t('scale.none'), 5: t('scale.moderate'), 10: t('scale.worst') };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const candidate = {
      recordedAt: initial?.recordedAt ?? nowWithOffset(),
      pain: form.pain,
      painWorst: form.painWorst,
      bodyAreas: form.bodyAreas,
      sleepHours: form.sleepHours.trim() === '' ? null : Number(form.sleepHours),
      sleepQuality: form.sleepQuality,
      nightPain: form.nightPain,
      mood: form.mood,
      stress: form.stress,
      notes: form.notes.trim() === '' ? null : form.notes,
    };
    const parsed = checkinInputSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(
        fieldErrors(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      if (!initial) setForm(fromCheckin());
    } finally {
      setBusy(false);
    }
  }

  const areaNames = form.bodyAreas.map((a) => t(`areas.${a}`)).join(', ');
  return (
    <form
      className="checkin-form"
      onSubmit={submit}
      noValidate
      aria-label={initial ? t('checkin.editTitle') : t('checkin.title')}
    >
      {Object.keys(errors).length > 0 && (
        <p className="error" role="alert">
          {t('checkin.fixErrors')}
        </p>
      )}
      <section className="card">
        <ScaleInput
          legend={t('checkin.pain')}
          hint={t('checkin.painHint')}
          value={form.pain}
          onChange={(v) => set('pain', v)}
          words={painWords}
          error={errors.pain}
          size="large"
        />
      </section>
      <section className="card">
        <h2>{t('checkin.where')}</h2>
        <p className="hint">{t('checkin.whereHint')}</p>
        <BodyMap value={form.bodyAreas} onToggle={toggleArea} />
        <p className="selected-areas" aria-live="polite">
          {form.bodyAreas.length ? t('checkin.selected', { areas: areaNames }) : t('checkin.noneSelected')}
        </p>
        <AreaList value={form.bodyAreas} onToggle={toggleArea} legend={t('checkin.where')} />
      </section>
      <section className="card">
        <ScaleInput
          legend={t('checkin.painWorst')}
          value={form.painWorst}
          onChange={(v) => set('painWorst', v)}
          words={painWords}
          error={errors.painWorst}
          clearable
        />
      </section>
      <section className="card">
        <h2>{t('checkin.sleep')}</h2>
        <Field
          label={t('checkin.sleepHours')}
          type="number"
          inputMode="decimal"
          min={0}
          max={24}
          step={0.5}
          value={form.sleepHours}
          onChange={(e) => set('sleepHours', e.target.value)}
          error={errors.sleepHours}
        />
        <ScaleInput
          legend={t('checkin.sleepQuality')}
          hint={t('checkin.sleepQualityHint')}
          value={form.sleepQuality}
          onChange={(v) => set('sleepQuality', v)}
          error={errors.sleepQuality}
          clearable
        />
        <YesNo legend={t('checkin.nightPain')} value={form.nightPain} onChange={(v) => set('nightPain', v)} />
      </section>
      <section className="card">
        <h2>{t('checkin.moodGroup')}</h2>
        <ScaleInput
          legend={t('checkin.mood')}
          hint={t('checkin.moodHint')}
          value={form.mood}
          onChange={(v) => set('mood', v)}
          error={errors.mood}
          clearable
        />
        <ScaleInput
          legend={t('checkin.stress')}
          hint={t('checkin.stressHint')}
          value={form.stress}
          onChange={(v) => set('stress', v)}
          error={errors.stress}
          clearable
        />
      </section>
      <section className="card">
        <TextArea
          label={t('checkin.notes')}
          value={form.notes}
          maxLength={NOTES_MAX}
          onChange={(e) => set('notes', e.target.value)}
          hint={t('checkin.notesCount', { count: form.notes.length, max: NOTES_MAX })}
          error={errors.notes}
        />
      </section>
      <div className="save-bar row">
        {onCancel && <Button onClick={onCancel}>{t('checkin.cancel')}</Button>}
        <Button type="submit" variant="primary" className="grow" disabled={busy}>
          {initial ? t('checkin.saveChanges') : t('checkin.save')}
        </Button>
      </div>
    </form>
  );
}
