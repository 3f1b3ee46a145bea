import {
  type DriverStatus,
  driverLessonId,
  driverWords,
  type InsightsReport,
  locales,
  nightDrivers,
  notProofIn,
} from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n/locale';
import { LessonLink } from '../../ui/LessonLink';
import { actionsFor } from './actions';
import { ChartSection, DataTable, fmt } from './parts';

type Driver = InsightsReport['drivers'][number];
type Tested = Driver & { effect: number; ciLow: number; ciHigh: number };

const isTested = (d: Driver): d is Tested => d.effect !== null && d.ciLow !== null && d.ciHigh !== null;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A sentence without its "pattern, not proof" caution (in whichever language the report came). */
const withoutNotProof = (sentence: string) =>
  locales.reduce((s, l) => s.replace(` ${notProofIn(l)}`, ''), sentence);

/**
 * Each pattern's own scale, symmetric around no change: effects come in different units (per hour of sleep,
 * per point of stress, yes vs no days), so one shared axis would compare what cannot be compared.
 */
function domainOf(d: Tested): [number, number] {
  const reach = Math.max(Math.abs(d.ciLow), Math.abs(d.ciHigh), 0.1);
  const nice = [0.25, 0.5, 1, 2, 3, 5, 10].find((n) => n >= reach) ?? Math.ceil(reach);
  return [-nice, nice];
}

function useWhen() {
  const { t } = useTranslation();
  return (d: Driver) => t(`insights.patterns.timing.${nightDrivers.has(d.driver) ? 'night' : 'day'}${d.lag}`);
}

/** Effect and 95% range on its own scale, with the zero line: the visual twin of the sentence above it. */
function Interval({ d }: { d: Tested }) {
  const domain = domainOf(d);
  const pct = (v: number) => `${((v - domain[0]) / (domain[1] - domain[0])) * 100}%`;
  const side = d.ciHigh < 0 ? 'lower' : d.ciLow > 0 ? 'higher' : 'either';
  const end = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)}`;
  return (
    <div className="interval-row" aria-hidden="true">
      <span className="interval-end">{end(domain[0])}</span>
      <IntervalBar d={d} pct={pct} side={side} />
      <span className="interval-end">{end(domain[1])}</span>
    </div>
  );
}

function IntervalBar({ d, pct, side }: { d: Tested; pct: (v: number) => string; side: string }) {
  return (
    <div className="interval" data-side={side}>
      <span className="interval-mark interval-zero" style={{ left: pct(0) }} />
      <span
        className="interval-mark interval-range"
        style={{ left: pct(d.ciLow), width: `calc(${pct(d.ciHigh)} - ${pct(d.ciLow)})` }}
      />
      <span className="interval-mark interval-point" style={{ left: pct(d.effect) }} />
    </div>
  );
}

function DriverRow({ d }: { d: Driver }) {
  const { t } = useTranslation();
  const when = useWhen();
  const actions = actionsFor(d);
  return (
    <li className="driver" data-testid="driver" data-status={d.status}>
      <p className="driver-head">
        <strong>{capital(d.label)}</strong> <span className="muted">· {when(d)}</span>{' '}
        <span className={`badge status-${d.status}`}>{t(`insights.patterns.statusNames.${d.status}`)}</span>
      </p>
      {/* The "pattern, not proof" caution is said once for the whole card, not after every sentence. */}
      <p className="driver-sentence">{withoutNotProof(d.sentence)}</p>
      {isTested(d) && <Interval d={d} />}
      {actions.length > 0 && (
        <p className="driver-actions">
          <span className="muted">{t('insights.actions.try')}</span>{' '}
          {actions.map((a, i) => (
            <span key={a.key}>
              {i > 0 && ` ${t('insights.actions.or')} `}
              <Link to={a.to}>{t(`insights.actions.${a.key}`)}</Link>
            </span>
          ))}
        </p>
      )}
      {/* A report cached before lessons existed carries no lessonId: core knows it too. */}
      <p className="driver-lesson">
        <LessonLink id={d.lessonId ?? driverLessonId(d.driver)} />
      </p>
    </li>
  );
}

function Group({ status, drivers }: { status: DriverStatus; drivers: Driver[] }) {
  const { t } = useTranslation();
  const title = t(`insights.patterns.${status === 'insufficient_data' ? 'insufficient' : status}`);
  const list = (
    <ul className="drivers">
      {drivers.map((d) => (
        <DriverRow key={`${d.driver}-${d.lag}`} d={d} />
      ))}
    </ul>
  );
  if (status === 'likely' || status === 'possible')
    return (
      <div className="driver-group">
        <h3>
          {title} ({drivers.length})
        </h3>
        {list}
      </div>
    );
  // Long lists of "no clear pattern" and "not yet" fold away, so the patterns that matter lead.
  const hint = t(`insights.patterns.${status === 'none' ? 'noneHint' : 'insufficientHint'}`);
  return (
    <details className="driver-group">
      <summary>
        <span className="summary-title">
          {title} ({drivers.length})
        </span>
        <span className="hint">{hint}</span>
      </summary>
      {list}
    </details>
  );
}

/** Ranked drivers: likely, possible, no clear pattern, not enough data; each with its sentence and interval. */
export function DriverList({ drivers }: { drivers: Driver[] }) {
  const { t } = useTranslation();
  const when = useWhen();
  const tested = drivers.filter(isTested);
  const groups = (['likely', 'possible', 'none', 'insufficient_data'] as const)
    .map((status) => ({ status, list: drivers.filter((d) => d.status === status) }))
    .filter((g) => g.list.length > 0);
  const shown = tested.filter((d) => d.status === 'likely' || d.status === 'possible');
  const per = (d: Driver) => {
    if (d.kind === 'boolean') return t('insights.patterns.yesNo');
    return t('insights.patterns.per', {
      step: driverWords(d.driver, { [d.driver]: d.label }, currentLocale()).step || d.label,
    });
  };
  return (
    <ChartSection
      id="patterns"
      title={t('insights.patterns.title')}
      caption={t('insights.patterns.caption')}
      table={() => (
        <DataTable
          caption={t('insights.patterns.tableCaption')}
          columns={['driver', 'when', 'effect', 'range', 'days', 'q', 'status'].map((c) =>
            t(`insights.patterns.${c}`),
          )}
          rows={tested.map((d) => ({
            key: `${d.driver}-${d.lag}`,
            cells: [
              capital(d.label),
              when(d),
              `${d.effect > 0 ? '+' : ''}${fmt(d.effect, 2)} ${per(d)}`,
              `${fmt(d.ciLow, 2)} to ${fmt(d.ciHigh, 2)}`,
              d.n,
              fmt(d.q, 3),
              t(`insights.patterns.statusNames.${d.status}`),
            ],
          }))}
        />
      )}
    >
      {shown.length === 0 ? (
        <p>{t('insights.patterns.nothingLikely')}</p>
      ) : (
        <p className="hint" data-testid="not-proof">
          {notProofIn(currentLocale())} {t('insights.patterns.scaleNote')}
        </p>
      )}
      {groups.map((g) => (
        <Group key={g.status} status={g.status} drivers={g.list} />
      ))}
    </ChartSection>
  );
}
