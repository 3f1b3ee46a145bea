import { type BodyArea, bodyAreas } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import './checkins.css';

type Box = [x: number, y: number, w: number, h: number];

// Back view on the left (her left is on your left), front view on the right (her left is on your right).
const back: [BodyArea, Box][] = [
  ['neck', [78, 46, 24, 16]],
  ['upper_back', [56, 64, 68, 32]],
  ['mid_back', [58, 98, 64, 28]],
  ['lower_back_left', [60, 128, 20, 28]],
  ['lower_back_centre', [80, 128, 20, 28]],
  ['lower_back_right', [100, 128, 20, 28]],
  ['buttock_left', [58, 158, 31, 30]],
  ['buttock_right', [91, 158, 31, 30]],
  ['thigh_left', [60, 190, 28, 60]],
  ['thigh_right', [92, 190, 28, 60]],
  ['below_knee_left', [62, 254, 24, 62]],
  ['below_knee_right', [94, 254, 24, 62]],
];
const front: [BodyArea, Box][] = [
  ['hip_right', [236, 150, 32, 32]],
  ['hip_left', [272, 150, 32, 32]],
  ['thigh_right', [240, 186, 28, 64]],
  ['thigh_left', [272, 186, 28, 64]],
  ['below_knee_right', [242, 254, 24, 62]],
  ['below_knee_left', [274, 254, 24, 62]],
];

function Outline({ cx }: { cx: number }) {
  const d = [
    `M${cx - 10} 46 v14 M${cx + 10} 46 v14`,
    `M${cx - 10} 60 C${cx - 30} 62 ${cx - 40} 64 ${cx - 42} 72 L${cx - 52} 150 M${cx + 10} 60 C${cx + 30} 62 ${cx + 40} 64 ${cx + 42} 72 L${cx + 52} 150`,
    `M${cx - 40} 74 L${cx - 32} 150 L${cx - 34} 190 L${cx - 30} 318 M${cx + 40} 74 L${cx + 32} 150 L${cx + 34} 190 L${cx + 30} 318`,
    `M${cx} 196 L${cx - 2} 318 M${cx} 196 L${cx + 2} 318`,
  ].join(' ');
  return (
    <g className="outline">
      <circle cx={cx} cy={26} r={19} />
      <path d={d} />
    </g>
  );
}

/** Tappable body outline. Hidden from assistive tech: the checkbox list beside it is the accessible twin. */
export function BodyMap({ value, onToggle }: { value: readonly BodyArea[]; onToggle(area: BodyArea): void }) {
  const { t } = useTranslation();
  const region = ([area, [x, y, w, h]]: [BodyArea, Box]) => (
    // biome-ignore lint/a11y/noStaticElementInteractions: the checkbox list is the keyboard control for the same choice.
    <rect
      key={`${area}-${x}`}
      data-area={area}
      x={x}
      y={y}
      width={w}
      height={h}
      rx={8}
      className={value.includes(area) ? 'region selected' : 'region'}
      onClick={() => onToggle(area)}
    >
      <title>{t(`areas.${area}`)}</title>
    </rect>
  );
  return (
    <svg className="body-map" viewBox="0 0 360 350" aria-hidden="true" focusable="false">
      <Outline cx={90} />
      <Outline cx={270} />
      {back.map(region)}
      {front.map(region)}
      <text x={90} y={342} textAnchor="middle">
        {t('checkin.back')}
      </text>
      <text x={270} y={342} textAnchor="middle">
        {t('checkin.front')}
      </text>
      <text x={44} y={330}>
        {t('checkin.left')}
      </text>
      <text x={128} y={330}>
        {t('checkin.right')}
      </text>
      <text x={226} y={330}>
        {t('checkin.right')}
      </text>
      <text x={306} y={330}>
        {t('checkin.left')}
      </text>
    </svg>
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
