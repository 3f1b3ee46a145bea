import type { CyclePhase, InsightsReport } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartSection, DataTable, fmt, shortDate, useWidth } from './parts';
import './charts.css';

type Cycle = InsightsReport['cycle'];

const TOP = 22;
const BOTTOM = 24;
const LEFT = 28;
const HEIGHT = 200;

/** Runs of consecutive cycle days with the same usual phase, for the shaded bands. */
function bandsOf(byDay: Cycle['byDay']) {
  const bands: { phase: CyclePhase; from: number; to: number }[] = [];
  for (const d of byDay) {
    if (!d.phase) continue;
    const last = bands.at(-1);
    if (last && last.phase === d.phase && last.to === d.day - 1) last.to = d.day;
    else bands.push({ phase: d.phase, from: d.day, to: d.day });
  }
  return bands;
}

// The plot's labels are 12 px; a character of the app's sans-serif is at most about 7.5 px wide.
const CHAR_PX = 7.5;

/**
 * A band's label only within its own band, so neighbouring labels never run into each other at any width:
 * the name when it fits, else its initial, else nothing (the key under the chart names every band).
 */
export function labelThatFits(widthPx: number, name: string, initial: string): string {
  if (name.length * CHAR_PX <= widthPx) return name;
  if (initial.length * CHAR_PX <= widthPx) return initial;
  return '';
}

/** Mean pain by cycle day as bars over phase bands (SVG), pain 0–10 on the left. */
function CycleDayPlot({ byDay }: { byDay: Cycle['byDay'] }) {
  const { t } = useTranslation();
  const [ref, width] = useWidth<HTMLDivElement>();
  const days = Math.max(28, ...byDay.filter((d) => d.n > 0).map((d) => d.day));
  const step = (width - LEFT - 10) / days;
  const y = (pain: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - pain / 10);
  const x = (day: number) => LEFT + (day - 1) * step;
  const short: Record<CyclePhase, string> = {
    menstrual: 'P',
    follicular: 'F',
    ovulation: 'O',
    luteal: 'L',
    premenstrual: 'PM',
  };
  return (
    <div ref={ref} className="cycle-plot">
      {width > 0 && (
        <svg width={width} height={HEIGHT} aria-hidden="true">
          {bandsOf(byDay)
            .filter((b) => b.from <= days)
            .map((b) => (
              <g key={`${b.phase}-${b.from}`}>
                <rect
                  x={x(b.from)}
                  y={TOP}
                  width={(Math.min(b.to, days) - b.from + 1) * step}
                  height={HEIGHT - TOP - BOTTOM}
                  className={`band band-${b.phase}`}
                />
                <text x={x(b.from) + 2} y={TOP - 6} className="plot-text">
                  {labelThatFits(
                    (Math.min(b.to, days) - b.from + 1) * step - 4,
                    t(`insights.cycle.phases.${b.phase}`),
                    short[b.phase],
                  )}
                </text>
              </g>
            ))}
          {[0, 5, 10].map((v) => (
            <g key={v}>
              <line x1={LEFT} x2={width} y1={y(v)} y2={y(v)} className="plot-grid" />
              <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="plot-text">
                {v}
              </text>
            </g>
          ))}
          {byDay
            .filter((d) => d.meanPain !== null && d.day <= days)
            .map((d) => (
              <rect
                key={d.day}
                x={x(d.day) + step * 0.15}
                y={y(d.meanPain as number)}
                width={step * 0.7}
                height={y(0) - y(d.meanPain as number)}
                className="plot-bar"
              />
            ))}
          {[1, 7, 14, 21, 28, 35]
            .filter((d) => d <= days)
            .map((d) => (
              <text key={d} x={x(d) + step / 2} y={HEIGHT - 6} textAnchor="middle" className="plot-text">
                {d}
              </text>
            ))}
        </svg>
      )}
    </div>
  );
}

/** Mean pain during each estimated STRAW+10 stage span, as bars with their dates. */
function StageSection({ byStage }: { byStage: Cycle['byStage'] }) {
  const { t } = useTranslation();
  const known = byStage.filter((s) => s.stage !== 'unknown' && s.n > 0);
  const name = (s: Cycle['byStage'][number]) => t(`insights.cycle.stages.${s.stage}`);
  return (
    <ChartSection
      id="stages"
      title={t('insights.cycle.stageTitle')}
      caption={t('insights.cycle.stageCaption')}
      table={() => (
        <DataTable
          caption={t('insights.cycle.stageTableCaption')}
          columns={['stage', 'from', 'to', 'days', 'mean'].map((c) => t(`insights.cycle.${c}`))}
          rows={byStage.map((s) => ({
            key: s.from,
            cells: [name(s), shortDate(s.from), shortDate(s.to), s.n, fmt(s.meanPain)],
          }))}
        />
      )}
    >
      {known.length === 0 ? (
        <p>{t('insights.cycle.stageNone')}</p>
      ) : (
        <ul className="stage-bars" aria-hidden="true">
          {known.map((s) => (
            <li key={s.from}>
              <span className="stage-name">
                {name(s)} · {shortDate(s.from)} – {shortDate(s.to)}
              </span>
              <span className="stage-track">
                <span className="stage-fill" style={{ width: `${((s.meanPain ?? 0) / 10) * 100}%` }} />
              </span>
              <span className="stage-value">{fmt(s.meanPain)}</span>
            </li>
          ))}
        </ul>
      )}
    </ChartSection>
  );
}

/** Pain across the cycle (by day and phase) and by menopause stage; a gentle note without periods. */
export function CycleCharts({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  if (cycle.periods === 0)
    return (
      <section className="card" aria-labelledby="cycle">
        <h2 id="cycle">{t('insights.cycle.title')}</h2>
        <p>{t('insights.cycle.none')}</p>
        <Link to="/cycle">{t('cycle.title')}</Link>
      </section>
    );
  const phase = (p: CyclePhase | null) => (p ? t(`insights.cycle.phases.${p}`) : '–');
  return (
    <>
      <ChartSection
        id="cycle"
        title={t('insights.cycle.title')}
        caption={t('insights.cycle.caption')}
        table={() => (
          <>
            <DataTable
              caption={t('insights.cycle.phaseTableCaption')}
              columns={['phase', 'days', 'mean'].map((c) => t(`insights.cycle.${c}`))}
              rows={cycle.byPhase.map((p) => ({
                key: p.phase,
                cells: [phase(p.phase), p.n, fmt(p.meanPain)],
              }))}
            />
            <DataTable
              caption={t('insights.cycle.tableCaption')}
              columns={['day', 'phase', 'days', 'mean'].map((c) => t(`insights.cycle.${c}`))}
              rows={cycle.byDay
                .filter((d) => d.n > 0)
                .map((d) => ({ key: String(d.day), cells: [d.day, phase(d.phase), d.n, fmt(d.meanPain)] }))}
            />
          </>
        )}
      >
        <CycleDayPlot byDay={cycle.byDay} />
        <ul className="chart-key" aria-hidden="true">
          {(['menstrual', 'follicular', 'ovulation', 'luteal', 'premenstrual'] as const).map((p) => (
            <li key={p}>
              <span className={`key-swatch band-${p}`} /> {phase(p)}
            </li>
          ))}
        </ul>
      </ChartSection>
      <StageSection byStage={cycle.byStage} />
    </>
  );
}
