import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FIRST_INSIGHT_SPAN, INSIGHT_SPANS, lastDays } from '../../app/first-reads';
import { problemMessage } from '../../lib/api';
import { warmFormats } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Page, ScreenPending } from '../../ui/Page';
import { AreaSection, FunctionTestSection } from './AreaSection';
import { useInsights } from './api';
import { CycleCharts } from './CycleCharts';
import { DriverList } from './DriverList';
import { HeatMap } from './HeatMap';
import { shortDate } from './parts';
import { RmdqTrend } from './RmdqTrend';
import { TreatmentCharts } from './TreatmentChart';
import { TrendChart } from './TrendChart';
import './insights.css';

/** Time spans offered, as days back from today (`all`: the server's 10-year limit, trimmed to the first check-in). */
const spans = INSIGHT_SPANS;
type Span = keyof typeof spans;
const isSpan = (s: string | null): s is Span => s !== null && s in spans;

function SpanPicker({ value, onChange }: { value: Span; onChange: (s: Span) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="span-picker">
      <legend>{t('insights.span')}</legend>
      <div className="span-options">
        {(Object.keys(spans) as Span[]).map((s) => (
          <label key={s}>
            <input type="radio" name="span" value={s} checked={value === s} onChange={() => onChange(s)} />
            <span>{t(`insights.spans.${s}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Insights: patterns with their uncertainty, the pain trend, a calendar, the cycle and treatments. */
export function Component() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const span: Span = isSpan(params.get('span')) ? (params.get('span') as Span) : FIRST_INSIGHT_SPAN;
  // The first view's window is asked early (app/first-reads.ts).
  const { from, to: today } = lastDays(spans[span]);
  const query = useInsights(from, today);
  useEffect(warmFormats, []);
  const answer = query.data;
  return (
    <Page title={t('insights.title')}>
      <p>{t('insights.intro')}</p>
      <SpanPicker value={span} onChange={(s) => setParams({ span: s }, { replace: true })} />
      {query.isPending ? (
        <ScreenPending label={t('insights.loading')} />
      ) : query.isError || !answer ? (
        <div className="card" role="alert">
          <p>{t('insights.error')}</p>
          <p className="muted">{problemMessage(query.error, t)}</p>
          <Button onClick={() => void query.refetch()}>{t('insights.retry')}</Button>
        </div>
      ) : (
        <div className="stack">
          {answer.source === 'device' && (
            <div className="notice" data-testid="on-device">
              <p>{t(answer.serverDown ? 'insights.onDeviceServerDown' : 'insights.onDevice')}</p>
              {answer.serverDown && (
                <Button onClick={() => void query.refetch()} disabled={query.isFetching}>
                  {t('insights.retry')}
                </Button>
              )}
            </div>
          )}
          <p data-testid="insights-range">
            {answer.report.days
              ? t('insights.range', {
                  count: answer.report.days,
                  from: shortDate(answer.report.from),
                  to: shortDate(answer.report.to),
                })
              : t('insights.rangeNone')}
          </p>
          {answer.report.days === 0 ? (
            <div className="card">
              <p>{t('insights.empty')}</p>
              <Link to="/">{t('insights.startNow')}</Link>
            </div>
          ) : (
            <>
              <DriverList drivers={answer.report.drivers} />
              <TrendChart trend={answer.report.trend} />
              <RmdqTrend />
              <AreaSection areas={answer.report.areas} />
              <HeatMap series={answer.report.trend.series} />
              <CycleCharts cycle={answer.report.cycle} />
              <TreatmentCharts treatments={answer.report.treatments} series={answer.report.trend.series} />
            </>
          )}
          <FunctionTestSection />
        </div>
      )}
    </Page>
  );
}
