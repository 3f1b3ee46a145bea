import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { useDueQuestionnaires, useInstruments } from './api';

export function Component() {
  const { t } = useTranslation();
  const instruments = useInstruments().data ?? [];
  const due = useDueQuestionnaires();
  return (
    <Page title={t('questionnaires.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('questionnaires.intro')}</p>
      <ul className="entries">
        {instruments.map((i) => (
          <li key={i.id} className="card">
            <Link to={`/questionnaires/${i.id}`}>{i.name}</Link>
            <p className="hint">
              {t('questionnaires.every', { count: i.everyDays })}
              {i.optIn ? ` · ${t('questionnaires.optIn')}` : ''}
              {due.includes(i.id) ? ` · ${t('questionnaires.dueNow')}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** Due questionnaires as cards on the home screen. */
export function DueCards() {
  const { t } = useTranslation();
  const due = useDueQuestionnaires();
  const names = Object.fromEntries((useInstruments().data ?? []).map((i) => [i.id, i.name]));
  if (due.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="due-title">
      <h2 id="due-title">{t('questionnaires.due')}</h2>
      <div className="row">
        {due.map((id) => (
          <Link key={id} className="btn btn-secondary" to={`/questionnaires/${id}`}>
            {names[id] ?? id}
          </Link>
        ))}
      </div>
    </section>
  );
}
