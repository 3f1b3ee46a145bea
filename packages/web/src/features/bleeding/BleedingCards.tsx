import { type BleedingCheckResult, bleedingExtraLinesIn, showBleedingCard } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { useSafetyTexts } from '../screening/safety-texts';
import {
  answerBleeding,
  type DeviceBleedingCheck,
  undoBleedingAnswer,
  useBleedingAnswers,
  useBleedingCheck,
} from './api';
import './bleeding.css';

/**
 * Core's fixed advice (spec §5) in her language, then the lines for her reasons, each with the one step that corrects it
 * (the period log is left out where the page is the period log).
 */
export function BleedingAdvice({
  result,
  onCyclePage = false,
}: {
  result: BleedingCheckResult;
  onCyclePage?: boolean;
}) {
  const { t } = useTranslation();
  const texts = useSafetyTexts().bleeding;
  return (
    <>
      <p>{result.kind ? texts.advice[result.kind] : result.advice}</p>
      {bleedingExtraLinesIn(result.reasons, texts).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {result.reasons.includes('gap') && !onCyclePage && (
        <p>
          <Link to="/cycle">{t('bleeding.addPeriod')}</Link>
        </p>
      )}
      {result.reasons.includes('self_report') && (
        <p>
          <Link to="/profile">{t('bleeding.updateProfile')}</Link>
        </p>
      )}
    </>
  );
}

/** The "When to get help" link every bleeding note carries. */
export function HelpLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/help#bleeding">{t('footer.help')}</Link>
    </p>
  );
}

/** "Bleeding logged from … to …" for the judged run. */
export function RunDates({ check }: { check: DeviceBleedingCheck }) {
  const { t } = useTranslation();
  const { runStart } = check.result;
  if (!runStart || !check.runEnd) return null;
  return (
    <p className="muted">
      {runStart === check.runEnd
        ? t('bleeding.runOne', { from: runStart })
        : t('bleeding.run', { from: runStart, to: check.runEnd })}
    </p>
  );
}

/**
 * Today's card for a `soon` answer (spec §6.3): stays until she says she booked; "Remind me tomorrow"
 * hides it for the rest of her day. It has no close button on purpose.
 */
export function BleedingTodayCard({ today }: { today: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const check = useBleedingCheck(today);
  const answers = useBleedingAnswers();
  if (!check || !answers || !showBleedingCard(check.result, check.runEnd, answers, today)) return null;
  const runStart = check.result.runStart as string;
  const answer = async (kind: 'booked' | 'remind_tomorrow') => {
    const id = await answerBleeding(runStart, kind);
    // A mistaken tap must not lose a safety note: Undo brings the card back.
    toast(kind === 'booked' ? t('bleeding.bookedDone') : t('bleeding.remindDone'), {
      action: { label: t('bleeding.undo'), run: () => void undoBleedingAnswer(id) },
    });
    // The card is gone: give focus back to the top of the page rather than losing it.
    document.querySelector<HTMLElement>('h1')?.focus();
  };
  return (
    <SoonCard check={check} id="bleeding-card">
      <div className="row bleeding-actions">
        <Button variant="primary" onClick={() => void answer('booked')}>
          {t('bleeding.booked')}
        </Button>
        <Button onClick={() => void answer('remind_tomorrow')}>{t('bleeding.remind')}</Button>
      </div>
    </SoonCard>
  );
}

/** A `soon` answer as a card: title, run dates, the advice, then `children` (her answers) and the help link. */
function SoonCard({
  check,
  id,
  onCyclePage = false,
  children,
}: {
  check: DeviceBleedingCheck;
  id: string;
  onCyclePage?: boolean;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="card stack bleeding-card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{t('bleeding.title')}</h2>
      <RunDates check={check} />
      <BleedingAdvice result={check.result} onCyclePage={onCyclePage} />
      {children}
      <HelpLink />
    </section>
  );
}

/** A `soon` answer on the cycle page, above the stage estimate (spec §6.4), however old its run. */
export function BleedingCycleCard({ check }: { check: DeviceBleedingCheck }) {
  if (check.result.level !== 'soon') return null;
  return <SoonCard check={check} id="bleeding-cycle-card" onCyclePage />;
}
