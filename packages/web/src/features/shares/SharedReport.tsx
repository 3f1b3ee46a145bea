import type { ReportModel, SharedReport } from '@spinekind/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { formatDay, formatDayRange, formatMoment } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ChartSection, DataTable, fmt, shortDate } from '../insights/parts';
import { TrendPlot } from '../insights/TrendChart';
import { ScoreChart } from '../questionnaires/ScoreChart';
import { downloadSharedPdf } from './api';
import '../insights/charts.css';

/** Her report as the clinician reads it: the PDF's sections, with charts and their tables. */
export function SharedReportView({
  token,
  passcode,
  shared,
}: {
  token: string;
  passcode: string;
  shared: SharedReport;
}) {
  const { t } = useTranslation();
  const { share, report } = shared;
  return (
    <div className="stack" data-testid="shared-report">
      <p>{t('shared.intro')}</p>
      {share.label && <p className="shared-meta">{t('shared.label', { label: share.label })}</p>}
      <p className="shared-meta" data-testid="shared-range">
        {t('shared.range', {
          range: formatDayRange(report.from, report.to),
          logged: report.daysLogged,
          days: report.daysInRange,
        })}
      </p>
      <p className="muted">{t('shared.validUntil', { date: formatMoment(share.expiresAt) })}</p>
      <PdfButton token={token} passcode={passcode} />
      <Summary report={report} />
      <Trend report={report} />
      <Cycle report={report} />
      <Questionnaires report={report} />
      <RedFlags report={report} />
      <Care report={report} />
      {report.notes && <Notes notes={report.notes} />}
    </div>
  );
}

function PdfButton({ token, passcode }: { token: string; passcode: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function download() {
    setBusy(true);
    setError('');
    try {
      await downloadSharedPdf(token, passcode);
    } catch (err) {
      setError(problemMessage(err, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="stack">
      <Button variant="primary" onClick={() => void download()} disabled={busy} aria-busy={busy}>
        {busy ? t('shared.downloading') : t('shared.download')}
      </Button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

const painLine = (s: ReportModel['pain'], t: TFunction) =>
  s.days ? t('shared.painRange', { mean: fmt(s.mean), min: fmt(s.min, 0), max: fmt(s.max, 0) }) : '–';

function Summary({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="shared-summary" data-testid="shared-summary">
      <h2 id="shared-summary">{t('shared.summary')}</h2>
      {report.background.length > 0 && <p>{report.background.join(' ')}</p>}
      {report.pain.days === 0 ? (
        <p>{t('shared.noPain')}</p>
      ) : (
        <dl className="shared-facts">
          <dt>{t('shared.painAverage')}</dt>
          <dd data-testid="shared-pain">{painLine(report.pain, t)}</dd>
          {report.painWorst.days > 0 && (
            <>
              <dt>{t('shared.painWorst')}</dt>
              <dd>{painLine(report.painWorst, t)}</dd>
            </>
          )}
          <dt>{t('shared.trend')}</dt>
          <dd>{report.trend.sentence}</dd>
        </dl>
      )}
      {report.measures.length + report.yesDays.length > 0 && (
        <DataTable
          caption={t('shared.measures')}
          columns={[t('shared.measure'), t('shared.average'), t('shared.lowHigh'), t('shared.daysWith')]}
          rows={[
            ...report.measures.map((m) => ({
              key: m.label,
              cells: [
                m.label,
                `${fmt(m.summary.mean, m.decimals)} ${m.unit}`,
                `${fmt(m.summary.min, m.decimals)}–${fmt(m.summary.max, m.decimals)}`,
                m.summary.days,
              ],
            })),
            ...report.yesDays.map((y) => ({
              key: y.label,
              cells: [y.label, t('shared.yesDays', { yes: y.yes, answered: y.answered }), '', y.answered],
            })),
          ]}
        />
      )}
      {report.bodyAreas.length > 0 && (
        <DataTable
          caption={t('shared.bodyAreas')}
          columns={[t('shared.bodyArea'), t('shared.daysWith')]}
          rows={report.bodyAreas.map((a) => ({ key: a.label, cells: [a.label, a.days] }))}
        />
      )}
    </section>
  );
}

function Trend({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const logged = report.series.filter((p) => p.pain !== null);
  if (logged.length === 0) return null;
  return (
    <ChartSection
      id="shared-trend"
      title={t('shared.painChart')}
      caption={t('shared.painChartCaption')}
      table={() => (
        <DataTable
          caption={t('shared.painTable')}
          columns={[t('shared.date'), t('shared.daily'), t('shared.mean7')]}
          rows={logged.map((p) => ({ key: p.date, cells: [shortDate(p.date), fmt(p.pain), fmt(p.mean7)] }))}
        />
      )}
    >
      <TrendPlot series={report.series} />
    </ChartSection>
  );
}

function Cycle({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const { cycle } = report;
  const v = cycle.variability;
  return (
    <section className="card stack" aria-labelledby="shared-cycle">
      <h2 id="shared-cycle">{t('shared.cycle')}</h2>
      <p>{cycle.bleedingHold ?? cycle.stage.basis}</p>
      {cycle.selfReport && <p>{cycle.selfReport}</p>}
      {v.cycles > 0 && v.meanDays !== null && (
        <p>{t('shared.cycleLengths', { mean: fmt(v.meanDays, 0), count: v.cycles, sd: fmt(v.sdDays) })}</p>
      )}
      {cycle.periodsInRange.length === 0 ? (
        <p className="muted">{t('shared.noPeriods')}</p>
      ) : (
        <DataTable
          caption={t('shared.periodTable')}
          columns={[t('shared.periods')]}
          rows={cycle.periodsInRange.map((d) => ({ key: d, cells: [shortDate(d)] }))}
        />
      )}
    </section>
  );
}

function Questionnaires({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  return (
    <section
      className="card stack"
      aria-labelledby="shared-questionnaires"
      data-testid="shared-questionnaires"
    >
      <h2 id="shared-questionnaires">{t('shared.questionnaires')}</h2>
      {report.questionnaires.length === 0 && <p className="muted">{t('shared.noQuestionnaires')}</p>}
      {report.questionnaires.map((q) => (
        <div key={q.id} className="stack">
          <h3>{q.name}</h3>
          <p>
            {t('shared.questionnaireLine', {
              count: q.count,
              first: q.first.total,
              latest: q.latest.total,
              band: q.latest.band,
              low: q.low,
              high: q.high,
              max: q.maxScore,
            })}
          </p>
          {q.points.length > 1 && <ScoreChart points={q.points} max={q.maxScore} />}
          <DataTable
            caption={t('shared.scoreTable', { name: q.name })}
            columns={[t('shared.date'), t('shared.score')]}
            rows={q.points.map((p) => ({
              key: `${q.id}-${p.date}-${p.total}`,
              cells: [shortDate(p.date), p.total],
            }))}
          />
        </div>
      ))}
    </section>
  );
}

function RedFlags({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  const none = report.screenings.length === 0 && report.bleedingChecks.length === 0;
  return (
    <section className="card stack" aria-labelledby="shared-red-flags">
      <h2 id="shared-red-flags">{t('shared.redFlags')}</h2>
      {none && <p className="muted">{t('shared.noRedFlags')}</p>}
      {report.screenings.length > 0 && (
        <DataTable
          caption={t('shared.redFlagTable')}
          columns={[t('shared.date'), t('shared.level'), t('shared.reasons')]}
          rows={report.screenings.map((s, i) => ({
            key: `${s.date}-${i}`,
            cells: [shortDate(s.date), s.level, s.reasons.join(', ') || '–'],
          }))}
        />
      )}
      {report.bleedingChecks.length > 0 && (
        <>
          <h3>{t('shared.bleeding')}</h3>
          <ul>
            {report.bleedingChecks.map((b) => (
              <li key={b.runStart}>{b.sentence}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Care({ report }: { report: ReportModel }) {
  const { t } = useTranslation();
  if (report.treatments.length + report.insights.length === 0 && !report.doctorQuestions) return null;
  return (
    <section className="card stack" aria-labelledby="shared-care">
      <h2 id="shared-care">{t('shared.care')}</h2>
      {report.treatments.length > 0 && (
        <DataTable
          caption={t('shared.treatments')}
          columns={[t('shared.treatment'), t('shared.started'), t('shared.ended')]}
          rows={report.treatments.map((x) => ({
            key: `${x.name}-${x.startDate}`,
            cells: [
              `${x.name} (${x.kind})`,
              formatDay(x.startDate),
              x.endDate ? formatDay(x.endDate) : t('shared.ongoing'),
            ],
          }))}
        />
      )}
      {report.insights.length > 0 && (
        <>
          <h3>{t('shared.insights')}</h3>
          <ul>
            {report.insights.map((i) => (
              <li key={i.label}>{i.sentence}</li>
            ))}
          </ul>
        </>
      )}
      {report.doctorQuestions && (
        <>
          <h3>{t('shared.questions')}</h3>
          <p className="shared-note">{report.doctorQuestions}</p>
        </>
      )}
    </section>
  );
}

function Notes({ notes }: { notes: NonNullable<ReportModel['notes']> }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="shared-notes" data-testid="shared-notes">
      <h2 id="shared-notes">{t('shared.notes')}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t('shared.noNotes')}</p>
      ) : (
        <DataTable
          caption={t('shared.notes')}
          columns={[t('shared.date'), t('shared.notes')]}
          rows={notes.map((n, i) => ({ key: `${n.date}-${i}`, cells: [shortDate(n.date), n.text] }))}
        />
      )}
    </section>
  );
}
