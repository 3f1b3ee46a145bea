import { type BodyArea, bodyAreas } from '@spinekind/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './checkins.css';

type Box = [x: number, y: number, w: number, h: number];
type View = 'back' | 'front';

// Each view is drawn at 1 unit = 1 CSS px (150 × 310), so every region keeps its size on every screen:
// none is smaller than 26 × 26 (WCAG 2.5.8 asks for 24 × 24). Both views fit side by side from 312 px of
// room (a 344 px wide phone); narrower, a Back/Front switch shows one at a time.
// Back view: her left is on your left. Front view: her left is on your right.
const views: Record<View, [BodyArea, Box][]> = {
  back: [
    ['neck', [62, 24, 26, 26]],
    ['shoulder_left', [4, 52, 30, 30]],
    ['upper_back', [36, 52, 78, 30]],
    ['shoulder_right', [116, 52, 30, 30]],
    ['mid_back', [36, 84, 78, 28]],
    ['lower_back_left', [36, 114, 26, 28]],
    ['lower_back_centre', [62, 114, 26, 28]],
    ['lower_back_right', [88, 114, 26, 28]],
    ['buttock_left', [36, 144, 38, 30]],
    ['buttock_right', [76, 144, 38, 30]],
    ['thigh_left', [38, 176, 36, 52]],
    ['thigh_right', [76, 176, 36, 52]],
    ['below_knee_left', [40, 230, 32, 50]],
    ['below_knee_right', [78, 230, 32, 50]],
    ['foot_left', [38, 282, 34, 26]],
    ['foot_right', [78, 282, 34, 26]],
  ],
  front: [
    ['neck', [62, 24, 26, 26]],
    ['shoulder_right', [4, 52, 30, 30]],
    ['shoulder_left', [116, 52, 30, 30]],
    ['abdomen', [36, 90, 78, 40]],
    ['hip_right', [18, 134, 34, 36]],
    ['pelvis_groin', [54, 134, 42, 36]],
    ['hip_left', [98, 134, 34, 36]],
    ['thigh_right', [38, 176, 36, 52]],
    ['thigh_left', [76, 176, 36, 52]],
    ['below_knee_right', [40, 230, 32, 50]],
    ['below_knee_left', [78, 230, 32, 50]],
    ['foot_right', [38, 282, 34, 26]],
    ['foot_left', [78, 282, 34, 26]],
  ],
};

const outline = [
  'M62 23 v27 M88 23 v27',
  'M62 50 C44 50 12 50 4 66 M88 50 C106 50 138 50 146 66',
  'M34 84 L36 144 L38 308 M116 84 L114 144 L112 308',
  'M75 176 L75 308',
].join(' ');

function Figure({
  view,
  value,
  onToggle,
}: {
  view: View;
  value: readonly BodyArea[];
  onToggle(a: BodyArea): void;
}) {
  const { t } = useTranslation();
  // Her left and right, written where they are in this view.
  const [onLeft, onRight] =
    view === 'back' ? [t('checkin.left'), t('checkin.right')] : [t('checkin.right'), t('checkin.left')];
  return (
    <svg
      className="body-map"
      data-view={view}
      viewBox="0 0 150 310"
      width={150}
      height={310}
      aria-hidden="true"
      focusable="false"
    >
      <g className="outline">
        <circle cx={75} cy={12} r={11} />
        <path d={outline} />
      </g>
      <text x={0} y={14}>
        {view === 'back' ? t('checkin.back') : t('checkin.front')}
      </text>
      <text x={8} y={42}>
        {onLeft}
      </text>
      <text x={142} y={42} textAnchor="end">
        {onRight}
      </text>
      {views[view].map(([area, [x, y, w, h]]) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: the checkbox list is the keyboard control for the same choice.
        <rect
          key={area}
          data-area={area}
          x={x}
          y={y}
          width={w}
          height={h}
          rx={7}
          className={value.includes(area) ? 'region selected' : 'region'}
          onClick={() => onToggle(area)}
        >
          <title>{t(`areas.${area}`)}</title>
        </rect>
      ))}
    </svg>
  );
}

/**
 * Tappable body outline, back and front. Hidden from assistive tech: the checkbox list beside it is the
 * accessible twin. Where the two views don't fit side by side, a Back/Front switch shows one at a time.
 */
export function BodyMap({ value, onToggle }: { value: readonly BodyArea[]; onToggle(area: BodyArea): void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<View>('back');
  return (
    <div className="body-maps" data-shown={shown}>
      <fieldset className="body-map-switch">
        <legend className="visually-hidden">{t('checkin.mapView')}</legend>
        {(['back', 'front'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className="btn btn-secondary"
            aria-pressed={shown === v}
            onClick={() => setShown(v)}
          >
            {v === 'back' ? t('checkin.back') : t('checkin.front')}
          </button>
        ))}
      </fieldset>
      <div className="body-map-views">
        <Figure view="back" value={value} onToggle={onToggle} />
        <Figure view="front" value={value} onToggle={onToggle} />
      </div>
    </div>
  );
}

/** The same choice as a checkbox list, for keyboards and screen readers. */
export function AreaList({
  value,
  onToggle,
  legend,
}: {
  value: readonly BodyArea[];
  onToggle(area: BodyArea): void;
  legend: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="area-list">
      <legend className="visually-hidden">{legend}</legend>
      {bodyAreas.map((area) => (
        <label key={area} className="check">
          <input type="checkbox" checked={value.includes(area)} onChange={() => onToggle(area)} />
          <span>{t(`areas.${area}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
