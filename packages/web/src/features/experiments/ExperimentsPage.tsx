import type { ExperimentTemplate } from '@spinekind/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Page, ScreenPending } from '../../ui/Page';
import { useExperiments, useTemplates } from './api';
import { ExperimentCard } from './ExperimentCard';
import { SetupForm } from './SetupForm';
import './experiments.css';

/**
 * Experiments: hers (running first), then the templates and her own A/B to set one up. At
 * `/experiments/<id>` (where an experiment reminder leads) the page opens scrolled to that experiment.
 */
export function Component() {
  const { t } = useTranslation();
  const { id } = useParams();
  const list = useExperiments();
  useEffect(() => {
    if (id && list.data) document.getElementById(`experiment-${id}`)?.scrollIntoView({ block: 'start' });
  }, [id, list.data]);
  const templates = useTemplates();
  const [setup, setSetup] = useState<ExperimentTemplate | 'custom' | null>(null);
  if (list.isPending) return <ScreenPending />;
  const mine = list.data ?? [];
  return (
    <Page title={t('experiments.title')}>
      <p>{t('experiments.intro')}</p>
      <section className="stack" aria-labelledby="your-experiments">
        <h2 id="your-experiments">{t('experiments.yours')}</h2>
        {mine.length === 0 && <p className="muted">{t('experiments.none')}</p>}
        {mine.map((e) => (
          <ExperimentCard key={e.id} experiment={e} />
        ))}
      </section>
      {setup ? (
        <SetupForm template={setup === 'custom' ? undefined : setup} onDone={() => setSetup(null)} />
      ) : (
        <section className="stack" aria-labelledby="choose">
          <h2 id="choose">{t('experiments.choose')}</h2>
          <ul className="templates">
            {(templates.data?.items ?? []).map((tpl) => (
              <li key={tpl.id} className="card stack">
                <h3>{tpl.title}</h3>
                <p>{tpl.question}</p>
                <Button onClick={() => setSetup(tpl)} aria-label={`${t('experiments.setUp')}: ${tpl.title}`}>
                  {t('experiments.setUp')}
                </Button>
              </li>
            ))}
            <li className="card stack">
              <h3>{t('experiments.custom')}</h3>
              <p>{t('experiments.customIntro')}</p>
              <Button
                onClick={() => setSetup('custom')}
                aria-label={`${t('experiments.setUp')}: ${t('experiments.custom')}`}
              >
                {t('experiments.setUp')}
              </Button>
            </li>
          </ul>
        </section>
      )}
    </Page>
  );
}
