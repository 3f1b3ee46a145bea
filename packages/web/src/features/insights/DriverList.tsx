import { type DriverStatus, driverWords, type InsightsReport, nightDrivers } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { ChartSection, DataTable, fmt } from './parts';

type Driver = InsightsReport['drivers'][number];
type Tested = Driver & { effect: number; ciLow: number; ciHigh: number };

const isTested = (d: Driver): d is Tested => d.effect !== null && d.ciLow !== null && d.ciHigh !== null;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A round range for the shared axis, always including 0. */
function domainOf(drivers: Tested[]): [number, number] {
  const low = Math.min(0, ...drivers.map((d) => d.ciLow));
  const high = Math.max(0, ...drivers.map((d) => d.ciHigh));
  const step = high - low > 4 ? 1 : 0.5;
  return [Math.floor(low / step) * step, Math.ceil(high / step) * step || step];
}

function ticksOf([low, high]: [number, number]): number[] {
  const span = high - low;
  const step = span > 8 ? 2 : span > 4 ? 1 : 0.5;
  const out: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) out.push(Math.round(v * 10) / 10);
  return out;
}

function useWhen() {
  const { t } = useTranslation();
  return (d: Driver) => t(`insights.patterns.timing.${nightDrivers.has(d.driver) ? 'night' : 'day'}${d.lag}`);
}

/** Effect and 95% range on the shared axis, with the zero line: the visual twin of the sentence above it. */
function Interval({ d, domain }: { d: Tested; domain: [number, number] }) {
  const pct = (v: number) => `${((v - domain[0]) / (domain[1] - domain[0])) * 100}%`;
  const side = d.ciHigh < 0 ? 'lower' : d.ciLow > 0 ? 'higher' : 'either';
  return (
    <div className="interval" aria-hidden="true" data-side={side}>
      <span className="interval-mark interval-zero" style={{ left: pct(0) }} />
      <span
        className="interval-mark interval-range"
        style={{ left: pct(d.ciLow), width: `calc(${pct(d.ciHigh)} - ${pct(d.ciLow)})` }}
      />
      <span className="interval-mark interval-point" style={{ left: pct(d.effect) }} />
    </div>
  );
}

function Axis({ domain }: { domain: [number, number] }) {
  const { t } = useTranslation();
  const pct = (v: number) => `${((v - domain[0]) / (domain[1] - domain[0])) * 100}%`;
  return (
    <div className="interval-axis" aria-hidden="true">
      <div className="interval-ticks">
        {ticksOf(domain).map((v) => (
          <span key={v} className="interval-tick" style={{ left: pct(v) }}>
            {v > 0 ? `+${v}` : v}
          </span>
        ))}
      </div>
      <div className="interval-ends">
        <span>{t('insights.patterns.axisLower')}</span>
        <span>{t('insights.patterns.axisHigher')}</span>
      </div>
    </div>
  );
}

function DriverRow({ d, domain }: { d: Driver; domain: [number, number] }) {
  const { t } = useTranslation();
  const when = useWhen();
  return (
    <li className="driver" data-testid="driver" data-status={d.status}>
      <p className="driver-head">
        <strong>{capital(d.label)}</strong> <span className="muted">· {when(d)}</span>{' '}
        <span className={`badge status-${d.status}`}>{t(`insights.patterns.statusNames.${d.status}`)}</span>
      </p>
      <p className="driver-sentence">{d.sentence}</p>
      {isTested(d) && <Interval d={d} domain={domain} />}
    </li>
  );
}

function Group({
  status,
  drivers,
  domain,
}: {
  status: DriverStatus;
  drivers: Driver[];
  domain: [number, number];
}) {
  const { t } = useTranslation();
  const title = t(`insights.patterns.${status === 'insufficient_data' ? 'insufficient' : status}`);
  const list = (
    <>
      {drivers.some(isTested) && <Axis domain={domain} />}
      <ul className="drivers">
        {drivers.map((d) => (
          <DriverRow key={`${d.driver}-${d.lag}`} d={d} domain={domain} />
        ))}
      </ul>
    </>
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
  const domain = domainOf(tested);
  const groups = (['likely', 'possible', 'none', 'insufficient_data'] as const)
    .map((status) => ({ status, list: drivers.filter((d) => d.status === status) }))
    .filter((g) => g.list.length > 0);
  const shown = tested.filter((d) => d.status === 'likely' || d.status === 'possible');
  const per = (d: Driver) => {
    if (d.kind === 'boolean') return t('insights.patterns.yesNo');
    return t('insights.patterns.per', {
      step: driverWords(d.driver, { [d.driver]: d.label }).step || d.label,
    });
  };
  return (
    <ChartSection
      id="patterns"
      title={t('insights.patterns.title')}
      caption={t('insights.patterns.caption')}
      table={
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
      }
    >
      {shown.length === 0 && <p>{t('insights.patterns.nothingLikely')}</p>}
      {groups.map((g) => (
        <Group key={g.status} status={g.status} drivers={g.list} domain={domain} />
      ))}
    </ChartSection>
  );
}
