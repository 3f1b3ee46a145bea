import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Page } from '../../ui/Page';
import './help.css';

interface Group {
  level: 'emergency' | 'urgent' | 'soon';
  key: string;
  items: string[];
}

const groups: Group[] = [
  {
    level: 'emergency',
    key: 'emergency',
    items: ['saddle', 'bladder', 'weakness', 'bothLegs', 'tearing', 'chest', 'cancerWeak'],
  },
  { level: 'urgent', key: 'urgent', items: ['fever', 'fall', 'cancerNight', 'newWeak'] },
  { level: 'soon', key: 'soon', items: ['weight', 'nightPain', 'sixWeeks', 'oneLeg', 'height', 'stiff'] },
];

/** Red flags in plain words, for everyone, signed in or not. */
export function Component() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  useEffect(() => {
    // A link to one part (the bleeding notes link to #bleeding) opens the page there.
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <Page title={t('help.title')} back={{ to: '/', label: t('nav.today') }}>
      <p>{t('help.intro')}</p>
      {groups.map((g) => (
        <section key={g.key} className={`card help-group help-${g.level}`} aria-labelledby={`help-${g.key}`}>
          <h2 id={`help-${g.key}`}>{t(`help.${g.key}.title`)}</h2>
          <p className="help-action">{t(`help.${g.key}.action`)}</p>
          <ul>
            {g.items.map((i) => (
              <li key={i}>{t(`help.items.${i}`)}</li>
            ))}
          </ul>
        </section>
      ))}
      <section id="bleeding" className="card help-group help-urgent" aria-labelledby="help-bleeding">
        <h2 id="help-bleeding">{t('help.bleeding.title')}</h2>
        <p className="help-action">{t('help.bleeding.action')}</p>
        <ul>
          {(['afterMenopause', 'hysterectomy', 'hrt'] as const).map((i) => (
            <li key={i}>{t(`help.bleeding.${i}`)}</li>
          ))}
        </ul>
        <p>
          <b>{t('help.bleeding.emergency')}</b>
        </p>
        <p className="muted">{t('help.bleeding.source')}</p>
      </section>
      <section className="card">
        <h2>{t('help.otherwise.title')}</h2>
        <p>{t('help.otherwise.text')}</p>
      </section>
      <p className="muted">{t('help.source')}</p>
      <p className="muted">{t('help.never')}</p>
    </Page>
  );
}
