import { addDays, EXPERIMENT_LIMITS, type ExperimentTemplate } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { formatDay } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Field, TextArea } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useCreateExperiment } from './api';

const range = (name: keyof typeof EXPERIMENT_LIMITS) => {
  const { min, max } = EXPERIMENT_LIMITS[name];
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i)).map((v) => ({
    value: v,
    label: v,
  }));
};

/**
 * Setting up one experiment: her own A/B words (when `template` is absent), the start and the design,
 * and a plain explanation of why the order is random. The server refuses medicines and doses with reasons.
 */
export function SetupForm({ template, onDone }: { template?: ExperimentTemplate; onDone(): void }) {
  const { t } = useTranslation();
  const create = useCreateExperiment();
  const [custom, setCustom] = useState({ title: '', intervention: '', control: '' });
  const [startDate, setStart] = useState(todayLocal());
  const [periodDays, setPeriod] = useState(
    String(template?.periodDays ?? EXPERIMENT_LIMITS.periodDays.default),
  );
  const [pairs, setPairs] = useState(String(template?.pairs ?? EXPERIMENT_LIMITS.pairs.default));
  const [washoutDays, setWashout] = useState(String(template?.washoutDays ?? 0));
  const days = Number(periodDays) * Number(pairs) * 2;
  const error = create.error;
  const problems = error instanceof ApiError ? error.details : [];
  const problemOf = (path: string) => problems.find((p) => p.path === path)?.message;

  function submit(e: FormEvent) {
    e.preventDefault();
    const design = {
      startDate,
      periodDays: Number(periodDays),
      pairs: Number(pairs),
      washoutDays: Number(washoutDays),
    };
    create.mutate(template ? { templateId: template.id, ...design } : { custom, ...design }, {
      onSuccess: onDone,
    });
  }

  const title = template?.title ?? t('experiments.custom');
  return (
    <form className="card stack setup" onSubmit={submit} aria-labelledby="setup-title" noValidate>
      <h2 id="setup-title">{t('experiments.setup.title', { title })}</h2>
      {template ? (
        <dl className="conditions">
          <dt>{t('experiments.condition.intervention')}</dt>
          <dd>{template.intervention}</dd>
          <dt>{t('experiments.condition.control')}</dt>
          <dd>{template.control}</dd>
        </dl>
      ) : (
        <>
          <p className="hint">{t('experiments.customIntro')}</p>
          <Field
            label={t('experiments.setup.title_custom')}
            value={custom.title}
            maxLength={80}
            error={problemOf('custom.title')}
            onChange={(e) => setCustom({ ...custom, title: e.target.value })}
          />
          <TextArea
            label={t('experiments.setup.intervention')}
            value={custom.intervention}
            maxLength={200}
            rows={2}
            error={problemOf('custom.intervention')}
            onChange={(e) => setCustom({ ...custom, intervention: e.target.value })}
          />
          <TextArea
            label={t('experiments.setup.control')}
            value={custom.control}
            maxLength={200}
            rows={2}
            error={problemOf('custom.control')}
            onChange={(e) => setCustom({ ...custom, control: e.target.value })}
          />
        </>
      )}
      <section className="stack why-random" aria-labelledby="why-random">
        <h3 id="why-random">{t('experiments.setup.why')}</h3>
        <p>{t('experiments.setup.whyText')}</p>
        <p>{t('experiments.setup.hidden')}</p>
      </section>
      <Field
        type="date"
        label={t('experiments.setup.start')}
        hint={t('experiments.setup.startHint')}
        value={startDate}
        min={todayLocal()}
        error={problemOf('startDate')}
        onChange={(e) => setStart(e.target.value)}
      />
      <Select
        label={t('experiments.setup.periodDays')}
        hint={t('experiments.setup.periodHint')}
        value={periodDays}
        options={range('periodDays')}
        onChange={setPeriod}
      />
      <Select
        label={t('experiments.setup.pairs')}
        hint={t('experiments.setup.pairsHint')}
        value={pairs}
        options={range('pairs')}
        onChange={setPairs}
      />
      <Select
        label={t('experiments.setup.washout')}
        hint={t('experiments.setup.washoutHint')}
        value={washoutDays}
        options={range('washoutDays').filter((o) => Number(o.value) <= Number(periodDays) - 2)}
        onChange={setWashout}
      />
      <p>
        {t('experiments.setup.length', {
          days,
          end: formatDay(addDays(startDate || todayLocal(), days - 1)),
        })}{' '}
        {t('experiments.setup.each')}
      </p>
      {error && (
        <div role="alert" className="error-box">
          <p>
            {error instanceof NetworkError
              ? t('experiments.setup.offline')
              : `${t('experiments.setup.refused')} ${error.message}`}
          </p>
          {problems.length > 0 && (
            <ul>
              {problems.map((p) => (
                <li key={p.path}>{p.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="row">
        <Button variant="primary" type="submit" disabled={create.isPending}>
          {t('experiments.setup.submit')}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t('experiments.setup.cancel')}
        </Button>
      </div>
    </form>
  );
}
