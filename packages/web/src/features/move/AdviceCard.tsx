import type { ProgressionSuggestion } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { useLookup, useRoutineAdvice } from './sessions';

/** "Next time": keep, a little more, or step back, with the reason in one sentence. */
export function AdviceCard({ routineId }: { routineId: string }) {
  const { t } = useTranslation();
  const advice = useRoutineAdvice(routineId);
  const library = useLookup();
  if (!advice) return null;
  const name = (id: string) => library.exercise(id)?.name ?? id;
  const line = (s: ProgressionSuggestion) => {
    if (s.toExerciseId)
      return t('routine.suggestSwap', { from: name(s.exerciseId), to: name(s.toExerciseId) });
    if (s.reps !== undefined) return t('routine.suggestReps', { name: name(s.exerciseId), reps: s.reps });
    return t('routine.suggestSeconds', { name: name(s.exerciseId), seconds: s.seconds });
  };
  const heading =
    advice.advice === 'progress'
      ? t('routine.adviceProgress')
      : advice.advice === 'step_back'
        ? t('routine.adviceStepBack')
        : t('routine.adviceKeep');
  return (
    <section className="card stack advice" data-advice={advice.advice} aria-labelledby="advice-title">
      <h2 id="advice-title">
        {t('routine.advice')}: {heading}
      </h2>
      <p>{advice.reason}</p>
      {advice.suggestions.length > 0 && (
        <ul>
          {advice.suggestions.map((s) => (
            <li key={s.exerciseId}>{line(s)}</li>
          ))}
        </ul>
      )}
      <p data-testid="pain-guide">{t('routine.painGuide')}</p>
      <p className="hint">
        {t('routine.sessions', { count: advice.sessions })} {t('routine.adviceSource')}
      </p>
    </section>
  );
}
