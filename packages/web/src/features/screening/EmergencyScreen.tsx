import { emergencyNumberFor, reasonLabels, triageAdvice } from '@spinekind/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalScreening } from '../../offline/db';
import { Button } from '../../ui/Button';
import { useProfile } from './api';
import './screening.css';

/** The reasons of a result, in plain words. */
export function Reasons({ s }: { s: LocalScreening }) {
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
export function EmergencyScreen({
  s,
  onUnderstand,
}: {
  s: LocalScreening;
  onUnderstand: () => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const { data: profile } = useProfile();
  const number = emergencyNumberFor(profile?.country);
  const dialable = /^\d+/.exec(number)?.[0];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The cancer-team line only for someone who said she has had cancer.
  const steps = [
    ...(t('screening.emergencySteps', { returnObjects: true }) as string[]),
    ...(s.input.answers.cancer_history ? [t('screening.emergencyStepCancer')] : []),
  ];
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
        <Button variant="danger" wide onClick={() => void onUnderstand()}>
          {t('screening.understand')}
        </Button>
      </div>
    </div>
  );
}
