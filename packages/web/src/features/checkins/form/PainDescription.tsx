import { type BodyArea, bodyAreas, type PainQuality, painQualities } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { ScaleInput } from '../../../ui/ScaleInput';
import type { GroupProps } from './state';

/**
 * A 0–10 score for each area she marked, in body-map order: tap an area, then a number (two taps). Each
 * is a native radio group named after its area, so keyboards and screen readers reach it the same way.
 */
export function AreaScores(p: GroupProps) {
  const { t } = useTranslation();
  const marked = bodyAreas.filter((a) => p.f.bodyAreas.includes(a));
  if (marked.length === 0) return null;
  const setScore = (area: BodyArea, score: number | null) => {
    const { [area]: _, ...rest } = p.f.areaScores;
    p.set('areaScores', score === null ? rest : { ...rest, [area]: score });
  };
  return (
    <section className="area-scores stack" aria-labelledby="area-scores-title">
      <h3 id="area-scores-title">{t('checkin.areaScores')}</h3>
      <p className="hint">{t('checkin.areaScoresHint')}</p>
      {marked.map((area) => (
        <ScaleInput
          key={area}
          legend={t('checkin.areaScore', { area: t(`areas.${area}`) })}
          value={p.f.areaScores[area] ?? null}
          onChange={(v) => setScore(area, v)}
          clearable
        />
      ))}
    </section>
  );
}

/** How the pain feels, as toggle buttons (aria-pressed): any number of them, tapped on or off. */
export function QualityChips(p: GroupProps) {
  const { t } = useTranslation();
  const toggle = (q: PainQuality) =>
    p.set(
      'painQualities',
      p.f.painQualities.includes(q)
        ? p.f.painQualities.filter((x) => x !== q)
        : painQualities.filter((x) => x === q || p.f.painQualities.includes(x)),
    );
  return (
    <fieldset className="quality-chips">
      <legend>{t('checkin.feels')}</legend>
      <p className="hint">{t('checkin.feelsHint')}</p>
      <div className="chip-row">
        {painQualities.map((q) => (
          <button
            key={q}
            type="button"
            className="chip-toggle"
            aria-pressed={p.f.painQualities.includes(q)}
            onClick={() => toggle(q)}
          >
            {t(`qualities.${q}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
