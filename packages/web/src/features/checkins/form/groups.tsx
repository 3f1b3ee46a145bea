import { type BodyArea, bleedingLevels, type Food, foods, NOTES_MAX, type Tracker } from '@spinekind/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Field, TextArea } from '../../../ui/Field';
import { ScaleInput } from '../../../ui/ScaleInput';
import { Select } from '../../../ui/Select';
import { YesNo } from '../../../ui/YesNo';
import { AreaList, BodyMap } from '../BodyMap';
import { AreaScores, QualityChips } from './PainDescription';
import type { FormState, GroupProps, NumberField } from './state';

function NumberInput({
  k,
  label,
  hint,
  step = 1,
  max,
  p,
}: {
  k: NumberField;
  label: string;
  hint?: string;
  step?: number;
  max?: number;
  p: GroupProps;
}) {
  return (
    <Field
      label={label}
      hint={hint}
      type="number"
      inputMode={step < 1 ? 'decimal' : 'numeric'}
      min={0}
      max={max}
      step={step}
      value={p.f.text[k]}
      onChange={(e) => p.set('text', { ...p.f.text, [k]: e.target.value })}
      error={p.errors[k]}
    />
  );
}

const painWords = (t: TFunction) => ({ 0: t('scale.none'), 5: t('scale.moderate'), 10: t('scale.worst') });

const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** The quick check-in: the pain score and where it hurts (the rest of the form is optional). */
export function PainFields(p: GroupProps) {
  const { t } = useTranslation();
  const areaNames = p.f.bodyAreas.map((a) => t(`areas.${a}`)).join(', ');
  const onArea = (a: BodyArea) => {
    const next = toggle(p.f.bodyAreas, a);
    p.set('bodyAreas', next);
    // Unmarking an area drops its score too.
    if (!next.includes(a) && a in p.f.areaScores) {
      const { [a]: _, ...rest } = p.f.areaScores;
      p.set('areaScores', rest);
    }
  };
  return (
    <>
      <ScaleInput
        legend={t('checkin.pain')}
        value={p.f.pain}
        onChange={(v) => p.set('pain', v)}
        words={painWords(t)}
        error={p.errors.pain}
        size="large"
      />
      <section className="where" aria-labelledby="where-title">
        <h2 id="where-title">{t('checkin.where')}</h2>
        <div className="where-body">
          <BodyMap value={p.f.bodyAreas} onToggle={onArea} />
          <div>
            <p className="hint">{t('checkin.whereHint')}</p>
            <p className="selected-areas" aria-live="polite">
              {p.f.bodyAreas.length ? t('checkin.selected', { areas: areaNames }) : t('checkin.noneSelected')}
            </p>
            <AreaScores {...p} />
            <AreaList value={p.f.bodyAreas} onToggle={onArea} legend={t('checkin.where')} />
          </div>
        </div>
      </section>
      <QualityChips {...p} />
    </>
  );
}

export function PainDetailFields(p: GroupProps) {
  const { t } = useTranslation();
  return (
    <>
      <ScaleInput
        legend={t('checkin.painWorst')}
        value={p.f.painWorst}
        onChange={(v) => p.set('painWorst', v)}
        words={painWords(t)}
        error={p.errors.painWorst}
        clearable
      />
      <NumberInput
        k="stiffnessMinutes"
        label={t('checkin.stiffness')}
        hint={t('checkin.stiffnessHint')}
        max={1440}
        p={p}
      />
    </>
  );
}

export function SleepFields(p: GroupProps) {
  const { t } = useTranslation();
  return (
    <>
      <NumberInput k="sleepHours" label={t('checkin.sleepHours')} step={0.5} max={24} p={p} />
      <ScaleInput
        legend={t('checkin.sleepQuality')}
        hint={t('checkin.sleepQualityHint')}
        value={p.f.sleepQuality}
        onChange={(v) => p.set('sleepQuality', v)}
        error={p.errors.sleepQuality}
        clearable
      />
      <YesNo legend={t('checkin.nightPain')} value={p.f.nightPain} onChange={(v) => p.set('nightPain', v)} />
      <NumberInput k="nightWakings" label={t('checkin.nightWakings')} max={50} p={p} />
      <YesNo
        legend={t('checkin.nightSweats')}
        value={p.f.nightSweats}
        onChange={(v) => p.set('nightSweats', v)}
      />
    </>
  );
}

export function BodyFields(p: GroupProps) {
  const { t } = useTranslation();
  return (
    <>
      <NumberInput k="hotFlushes" label={t('checkin.hotFlushes')} max={100} p={p} />
      <Select
        label={t('checkin.bleeding')}
        hint={t('checkin.bleedingHint')}
        value={p.f.bleeding ?? ''}
        onChange={(v) => p.set('bleeding', (v || null) as FormState['bleeding'])}
        options={[
          { value: '', label: t('checkin.notSaid') },
          ...bleedingLevels.map((b) => ({ value: b, label: t(`checkin.bleedingLevels.${b}`) })),
        ]}
      />
    </>
  );
}

export function MeasureFields(p: GroupProps) {
  const { t } = useTranslation();
  return (
    <>
      <NumberInput
        k="weight"
        label={t('checkin.weight', { unit: p.units.weight })}
        hint={t('checkin.weightHint')}
        step={0.1}
        p={p}
      />
      <NumberInput k="waist" label={t('checkin.waist', { unit: p.units.length })} step={0.1} p={p} />
    </>
  );
}

export function MoodFields(p: GroupProps) {
  const { t } = useTranslation();
  return (
    <>
      <ScaleInput
        legend={t('checkin.mood')}
        hint={t('checkin.moodHint')}
        value={p.f.mood}
        onChange={(v) => p.set('mood', v)}
        error={p.errors.mood}
        clearable
      />
      <ScaleInput
        legend={t('checkin.stress')}
        hint={t('checkin.stressHint')}
        value={p.f.stress}
        onChange={(v) => p.set('stress', v)}
        error={p.errors.stress}
        clearable
      />
    </>
  );
}

export function DayFields(p: GroupProps & { trackers: Tracker[] }) {
  const { t } = useTranslation();
  const setCustom = (id: string, v: number | boolean | null) => {
    const { [id]: _old, ...rest } = p.f.custom;
    p.set('custom', v === null ? rest : { ...rest, [id]: v });
  };
  return (
    <>
      <NumberInput k="activityMinutes" label={t('checkin.activity')} max={1440} p={p} />
      <NumberInput k="sittingHours" label={t('checkin.sitting')} step={0.5} max={24} p={p} />
      <NumberInput k="waterGlasses" label={t('checkin.water')} max={50} p={p} />
      <fieldset>
        <legend>{t('checkin.foods')}</legend>
        <p className="hint">{t('checkin.foodsHint')}</p>
        {foods.map((food: Food) => (
          <label key={food} className="check">
            <input
              type="checkbox"
              checked={p.f.foods.includes(food)}
              onChange={() => p.set('foods', toggle(p.f.foods, food))}
            />
            <span>{t(`foods.${food}`)}</span>
          </label>
        ))}
      </fieldset>
      {p.trackers.map((tr) =>
        tr.kind === 'boolean' ? (
          <YesNo
            key={tr.id}
            legend={tr.name}
            value={p.f.custom[tr.id] as boolean | undefined}
            onChange={(v) => setCustom(tr.id, v)}
          />
        ) : tr.kind === 'scale_0_10' ? (
          <ScaleInput
            key={tr.id}
            legend={tr.name}
            value={(p.f.custom[tr.id] as number | undefined) ?? null}
            onChange={(v) => setCustom(tr.id, v)}
            error={p.errors[`custom.${tr.id}`]}
            clearable
          />
        ) : (
          <Field
            key={tr.id}
            label={tr.unit ? `${tr.name} (${tr.unit})` : tr.name}
            type="number"
            inputMode="decimal"
            value={String(p.f.custom[tr.id] ?? '')}
            onChange={(e) => setCustom(tr.id, e.target.value === '' ? null : Number(e.target.value))}
            error={p.errors[`custom.${tr.id}`]}
          />
        ),
      )}
      <TextArea
        label={t('checkin.notes')}
        value={p.f.notes}
        maxLength={NOTES_MAX}
        onChange={(e) => p.set('notes', e.target.value)}
        hint={t('checkin.notesCount', { count: p.f.notes.length, max: NOTES_MAX })}
        error={p.errors.notes}
      />
    </>
  );
}
