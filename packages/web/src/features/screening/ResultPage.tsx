import { emergencyNumberFor, reasonLabels, triageAdvice } from '@spinekind/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { nowWithOffset } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import type { LocalScreening } from '../sync/db';
import { updateScreening, useProfile, useScreening } from './api';
import './screening.css';

function Reasons({ s }: { s: LocalScreening }) {
  const { t } = useTranslation();
  if (s.reasons.length === 0) return null;
  return (
    <>
      <p>{t('screening.because')}</p>
      <ul className="reasons">
        {s.reasons.map((r) => (
          <li key={r}>{reasonLabels[r]}</li>
        ))}
      </ul>
    </>
  );
}

/** Emergency: fills the screen, names the number, and stays until "I understand". */
function EmergencyScreen({ s }: { s: LocalScreening }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: profile } = useProfile();
  const number = emergencyNumberFor(profile?.country);
  const dialable = /^\d+/.exec(number)?.[0];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const steps = t('screening.emergencySteps', { returnObjects: true }) as string[];
  return (
    <div
      className="emergency-screen"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="emergency-title"
      aria-describedby="emergency-advice"
    >
      <div className="inner">
        <h1 id="emergency-title" ref={heading} tabIndex={-1}>
          {t('screening.level.emergency')}
        </h1>
        <p id="emergency-advice">{triageAdvice[s.level]}</p>
        {dialable ? (
          <a className="call-now" href={`tel:${dialable}`}>
            {t('screening.call', { number })}
          </a>
        ) : (
          <p className="call-now">{t('screening.call', { number })}</p>
        )}
        <section className="card">
          <h2>{t('screening.whatNow')}</h2>
          <ul className="reasons">
            {steps.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </section>
        <section className="card">
          <h2>{t('screening.tell')}</h2>
          <p>
            {t('screening.tellText', {
              reasons: s.reasons.map((r) => reasonLabels[r].toLowerCase()).join('; '),
            })}
          </p>
          <Reasons s={s} />
        </section>
        <p className="hint">{t('screening.understandHint')}</p>
        <Button
          variant="danger"
          wide
          onClick={async () => {
            await updateScreening(s, { acknowledgedAt: nowWithOffset() });
            navigate('/', { replace: true });
          }}
        >
          {t('screening.understand')}
        </Button>
      </div>
    </div>
  );
}

export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const s = useScreening(id);
  if (s === null) return <p>{t('history.loading')}</p>;
  if (!s) {
    return (
      <Page title={t('screening.resultTitle')} back={{ to: '/', label: t('nav.today') }}>
        <p>{t('screening.notFound')}</p>
      </Page>
    );
  }
  if (s.level === 'emergency' && !s.acknowledgedAt) return <EmergencyScreen s={s} />;
  const who =
    s.level === 'urgent'
      ? t('screening.urgentWho')
      : s.level === 'soon'
        ? t('screening.soonWho')
        : t('screening.selfCareMore');
  return (
    <Page title={t('screening.resultTitle')} back={{ to: '/', label: t('nav.today') }}>
      <section className={`card stack result-${s.level}`} aria-labelledby="result-level">
        <p id="result-level" className="result-level">
          {t(`screening.level.${s.level}`)}
        </p>
        <p>{triageAdvice[s.level]}</p>
        <p>
          <b>{who}</b>
        </p>
        <Reasons s={s} />
        {(s.level === 'urgent' || s.level === 'soon') &&
          (s.bookingReminder ? (
            <p role="status">{t('screening.reminded')}</p>
          ) : (
            <Button variant="primary" onClick={() => void updateScreening(s, { bookingReminder: true })}>
              {t('screening.remind')}
            </Button>
          ))}
      </section>
      <p className="card safety-net">{t('screening.safetyNet')}</p>
      <div className="row">
        <Link className="btn btn-secondary" to="/">
          {t('screening.done')}
        </Link>
        <Link className="btn btn-quiet" to="/help">
          {t('footer.help')}
        </Link>
      </div>
    </Page>
  );
}
