import { emergencyNumberFor, emergencyNumberText, type ReasonId } from '@spinekind/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalScreening } from '../../offline/db';
import { Button } from '../../ui/Button';
import { useProfile } from './api';
import { type SafetyTexts, useSafetyTexts } from './safety-texts';
import './screening.css';

/** The reasons of a result, in plain words. */
export function Reasons({ s }: { s: LocalScreening }) {
  const { t } = useTranslation();
  const { reasons } = useSafetyTexts().triage;
  if (s.reasons.length === 0) return null;
  return (
    <>
      <p>{t('screening.because')}</p>
      <ul className="reasons">
        {s.reasons.map((r) => (
          <li key={r}>{reasons[r]}</li>
        ))}
      </ul>
    </>
  );
}

/** The reasons inside a sentence ("say you have back pain and: …"): lower case, except German nouns. */
function reasonsInline(reasons: readonly ReasonId[], texts: SafetyTexts): string {
  const labels = reasons.map((r) => texts.triage.reasons[r]);
  return (texts.locale === 'de' ? labels : labels.map((l) => l.toLowerCase())).join('; ');
}

/** The number to call in her country, as a phrase in her language, and the digits a phone can dial. */
export function useEmergencyNumber(): { number: string; dialable: string | undefined } {
  const { data: profile } = useProfile();
  const texts = useSafetyTexts();
  return {
    number: emergencyNumberText(profile?.country, texts.triage),
    dialable: /^\d+/.exec(emergencyNumberFor(profile?.country))?.[0],
  };
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
  const texts = useSafetyTexts();
  const { number, dialable } = useEmergencyNumber();
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
        <p id="emergency-advice">{texts.triage.advice[s.level]}</p>
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
              reasons: reasonsInline(s.reasons, texts),
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
