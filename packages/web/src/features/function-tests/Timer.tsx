import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

/**
 * The function tests' timer: big Start and Stop buttons, the time in large figures, and a polite live
 * region that says when it started, every 10 seconds, and when it stopped (so she need not watch it).
 * `countdown` runs a fixed time down to 0; `hold` counts up until she presses Stop or the cap is reached.
 */
export function Timer({
  mode,
  seconds,
  onStop,
  label,
}: {
  mode: 'countdown' | 'hold';
  seconds: number;
  /** Seconds that passed (a hold: how long she held; a countdown: the full time when it ran out). */
  onStop?(elapsed: number): void;
  label: string;
}) {
  const { t } = useTranslation();
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [said, setSaid] = useState('');
  const stopRef = useRef(onStop);
  stopRef.current = onStop;

  useEffect(() => {
    if (startedAt === null) return;
    const tick = window.setInterval(() => {
      const now = Math.min(seconds, Math.floor((Date.now() - startedAt) / 1000));
      setElapsed(now);
      if (now >= seconds) {
        window.clearInterval(tick);
        setStartedAt(null);
        setSaid(
          mode === 'countdown'
            ? t('functionTests.timer.timeUp')
            : t('functionTests.timer.capped', { seconds }),
        );
        stopRef.current?.(seconds);
      } else if (now > 0 && now % 10 === 0) {
        const left = seconds - now;
        setSaid(
          mode === 'countdown'
            ? t('functionTests.timer.remaining', { seconds: left })
            : t('functionTests.timer.held', { seconds: now }),
        );
      }
    }, 250);
    return () => window.clearInterval(tick);
  }, [startedAt, seconds, mode, t]);

  const running = startedAt !== null;
  const shown = mode === 'countdown' ? seconds - elapsed : elapsed;
  function start() {
    setElapsed(0);
    setStartedAt(Date.now());
    setSaid(t('functionTests.timer.started', { seconds }));
  }
  function stop() {
    setStartedAt(null);
    setSaid(t('functionTests.timer.stopped', { seconds: elapsed }));
    stopRef.current?.(elapsed);
  }
  return (
    <section className="timer card stack" aria-label={label}>
      <p className="timer-figure" aria-hidden="true">
        {shown}
        <span className="timer-unit"> s</span>
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="timer-said">
        {said}
      </p>
      <div className="timer-buttons">
        {running ? (
          <Button variant="primary" className="timer-button" onClick={stop}>
            {t('functionTests.timer.stop')}
          </Button>
        ) : (
          <Button variant="primary" className="timer-button" onClick={start}>
            {elapsed > 0 ? t('functionTests.timer.again') : t('functionTests.timer.start')}
          </Button>
        )}
      </div>
    </section>
  );
}
