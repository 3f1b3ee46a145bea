import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../../lib/api';
import { usePendingChoices } from '../../lib/pending-choice';
import { LessonLink } from '../../ui/LessonLink';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { type ChecklistItem, useChecklists, useTick } from './api';
import './setup.css';

const lists = ['sleep', 'travel'] as const;

/** Sleep and travel set-up: two checklists, each item tickable, with why it helps and a routine to try. */
export function Component() {
  const { t } = useTranslation();
  const checklists = useChecklists();
  return (
    <Page title={t('setup.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('setup.intro')}</p>
      {checklists.isPending ? (
        <p className="muted">{t('setup.loading')}</p>
      ) : checklists.isError ? (
        <p className="error" role="alert">
          {problemMessage(checklists.error, t)}
        </p>
      ) : checklists.data.length === 0 ? (
        <p className="muted">{t('setup.empty')}</p>
      ) : (
        <div className="setup-lists">
          {lists.map((list) => (
            <Checklist key={list} list={list} items={checklists.data.filter((i) => i.checklist === list)} />
          ))}
        </div>
      )}
    </Page>
  );
}

function Checklist({ list, items }: { list: (typeof lists)[number]; items: ChecklistItem[] }) {
  const { t } = useTranslation();
  const tick = useTick();
  const toast = useToast();
  const ticking = usePendingChoices<boolean>();
  const shown = (item: ChecklistItem) => ticking.shown(item.id, item.ticked);
  const toggle = (item: ChecklistItem, ticked: boolean) => {
    ticking.choose(item.id, ticked, item.ticked);
    tick.mutate(
      { id: item.id, ticked },
      {
        onError: () => {
          ticking.drop(item.id);
          toast(t('setup.failed'), { tone: 'error' });
        },
      },
    );
  };
  if (items.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby={`list-${list}`}>
      <h2 id={`list-${list}`}>
        {t(`setup.${list}`)}{' '}
        <span className="setup-count">
          {t('setup.count', { done: items.filter(shown).length, total: items.length })}
        </span>
      </h2>
      <ul className="setup-items">
        {items.map((item) => (
          <li key={item.id} className="setup-item">
            <label className="check">
              <input
                type="checkbox"
                checked={shown(item)}
                aria-describedby={`why-${item.id}`}
                onChange={(e) => toggle(item, e.target.checked)}
              />
              <span>{item.text}</span>
            </label>
            <p id={`why-${item.id}`} className="hint setup-why">
              {item.why}
            </p>
            {item.routineId && (
              <Link className="setup-routine" to={`/move/routines/${item.routineId}`}>
                {t('setup.routine')}
                <span className="visually-hidden">: {item.text}</span>
              </Link>
            )}
            <LessonLink id={item.lessonId} />
          </li>
        ))}
      </ul>
    </section>
  );
}
