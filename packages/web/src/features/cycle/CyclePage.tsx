import { flowLevels, periodInputSchema } from '@spinekind/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { useFormSubmit } from '../../lib/form';
import { formatDay, formatDayRange } from '../../lib/format';
import { useResource } from '../../lib/resources';
import { readWithCopy } from '../../offline/cache';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';
import { CYCLE_COPY, cycleQuery, useBleedingCheck, useBleedingSources } from '../bleeding/api';
import { BleedingCycleCard } from '../bleeding/BleedingCards';
import { BleedingSaveNote, useBleedingOnSave } from '../bleeding/SaveNote';
import { ForecastCard } from './ForecastCard';

/**
 * Period log, cycle lengths and the STRAW+10 stage estimate, with the bleeding check above the stage.
 * Periods and the cycle answer are kept on the device, so the check and the page work offline too.
 */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const today = todayLocal();
  const periods = useResource('periods', { keepOnDevice: true });
  const cycle = useQuery({
    queryKey: ['cycle', periods.list.dataUpdatedAt],
    queryFn: () => readWithCopy(CYCLE_COPY, () => call('GET /cycle', { query: cycleQuery() })),
    networkMode: 'always',
    retry: false,
  });
  useBleedingSources(today);
  const check = useBleedingCheck(today);
  const bleeding = useBleedingOnSave(today);
  // Spec §6.4: bleeding after 12 months without periods is not read as a return to the transition.
  const stageHeld = check?.result.level === 'soon' && check.result.kind === 'after_menopause';
  const [start, setStart] = useState(todayLocal());
  const [end, setEnd] = useState('');
  const [flow, setFlow] = useState('');
  const { errors, submit } = useFormSubmit();

  const add = (e: FormEvent) =>
    submit(
      e,
      periodInputSchema,
      { startDate: start, endDate: end || null, flow: flow || null },
      async (data) => {
        await periods.create.mutateAsync(data);
        await client.invalidateQueries({ queryKey: ['cycle'] });
        toast(t('cycle.added'));
        setEnd('');
        await bleeding.afterSave(data.flow ?? 'medium');
      },
    );

  const stage = cycle.data?.stage;
  return (
    <Page title={t('cycle.title')} back={{ to: '/more', label: t('nav.more') }}>
      {check && <BleedingCycleCard check={check} />}
      <section className="card stack" aria-labelledby="stage">
        <h2 id="stage">{t('cycle.stageTitle')}</h2>
        {stageHeld ? (
          <>
            <p className="result-level" data-testid="stage">
              {t('bleeding.stageHeld')}
            </p>
            <p>{t('bleeding.stageHeldBasis')}</p>
            <p className="hint">{t('cycle.source')}</p>
          </>
        ) : stage ? (
          <>
            <p className="result-level" data-testid="stage">
              {t(`cycle.stage.${stage.stage}`)}
            </p>
            <p>{stage.basis}</p>
            <StageData evidence={stage.evidence} />
            <p className="hint">{t('cycle.source')}</p>
          </>
        ) : (
          <p>{t('app.loading')}</p>
        )}
      </section>
      {cycle.data && (
        <ForecastCard forecast={cycle.data.forecast ?? null} note={cycle.data.forecastNote ?? null} />
      )}
      <form className="card stack" onSubmit={add} noValidate aria-labelledby="log-period">
        <h2 id="log-period">{t('cycle.log')}</h2>
        <Field
          label={t('cycle.start')}
          type="date"
          value={start}
          onChange={(e) => setStart(e.target.value)}
          error={errors.startDate}
        />
        <Field
          label={t('cycle.end')}
          hint={t('cycle.endHint')}
          type="date"
          value={end}
          onChange={(e) => setEnd(e.target.value)}
          error={errors.endDate}
        />
        <Select
          label={t('cycle.flow')}
          value={flow}
          onChange={setFlow}
          options={[
            { value: '', label: t('checkin.notSaid') },
            ...flowLevels.map((f) => ({ value: f, label: t(`checkin.bleedingLevels.${f}`) })),
          ]}
        />
        <Button type="submit" variant="primary" disabled={periods.create.isPending}>
          {t('cycle.add')}
        </Button>
      </form>
      <BleedingSaveNote note={bleeding.note} today={today} onNote={bleeding.setNote} onCyclePage />
      <section className="card stack" aria-labelledby="cycles">
        <h2 id="cycles">{t('cycle.cycles')}</h2>
        {cycle.data && cycle.data.cycles.length > 0 ? (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('cycle.started')}</th>
                <th scope="col">{t('cycle.length')}</th>
              </tr>
            </thead>
            <tbody>
              {[...cycle.data.cycles].reverse().map((c) => (
                <tr key={c.start}>
                  <td>{formatDay(c.start)}</td>
                  <td>
                    {c.lengthDays === null ? t('cycle.ongoing') : t('cycle.days', { count: c.lengthDays })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('cycle.none')}</p>
        )}
        {cycle.data?.variability.sdDays != null && (
          <p>
            {t('cycle.variability', {
              sd: cycle.data.variability.sdDays,
              max: cycle.data.variability.maxDifferenceDays,
            })}
          </p>
        )}
        {(periods.list.data ?? []).length > 0 && (
          <ul className="entries">
            {[...(periods.list.data ?? [])].reverse().map((p) => (
              <li key={p.id} className="card entry">
                <span className="entry-main">
                  {p.endDate ? formatDayRange(p.startDate, p.endDate) : formatDay(p.startDate)}{' '}
                  {p.flow ? `· ${t(`checkin.bleedingLevels.${p.flow}`)}` : ''}
                </span>
                <Button
                  variant="quiet"
                  aria-label={t('cycle.deleteLabel', { date: formatDay(p.startDate) })}
                  onClick={() =>
                    void periods.remove
                      .mutateAsync(p.id)
                      .then(() => client.invalidateQueries({ queryKey: ['cycle'] }))
                  }
                >
                  {t('entry.delete')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

/** The dates the estimate rests on, so she can see which part of her log it read. */
function StageData({ evidence }: { evidence: string[] }) {
  const { t } = useTranslation();
  const first = evidence[0];
  const last = evidence.at(-1);
  if (!first || !last) return null;
  return (
    <p className="muted" data-testid="stage-data">
      {evidence.length > 1
        ? t('cycle.stageRange', { range: formatDayRange(first, last) })
        : t('cycle.stageSince', { date: formatDay(first) })}
    </p>
  );
}
