import type { ErgonomicArea } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import type { DeskCheck, DeskQuestion } from './api';
import { useSubmitDeskCheck } from './api';

/** The self-check as one form, area by area, with a progress line that stays in view. */
export function CheckForm({
  questions,
  areas,
  onDone,
}: {
  questions: DeskQuestion[];
  areas: readonly ErgonomicArea[];
  onDone(check: DeskCheck): void;
}) {
  const { t } = useTranslation();
  const submit = useSubmitDeskCheck();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const done = questions.filter((q) => answers[q.id] !== undefined).length;
  const open = questions.length - done;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setProblem('');
    if (open > 0) {
      setShowMissing(true);
      setProblem(t('deskCheck.missing', { count: open }));
      const first = questions.find((q) => answers[q.id] === undefined);
      document.getElementById(`q-${first?.id}`)?.querySelector('input')?.focus();
      return;
    }
    try {
      onDone(await submit.mutateAsync(answers));
    } catch (err) {
      setProblem(problemMessage(err, t));
    }
  }

  return (
    <form className="stack desk-form" onSubmit={onSubmit} noValidate>
      <div className="desk-progress" aria-live="polite">
        <label htmlFor="desk-progress">{t('deskCheck.progress', { done, total: questions.length })}</label>
        <progress id="desk-progress" max={questions.length} value={done} />
      </div>
      {areas.map((area) => {
        const inArea = questions.filter((q) => q.area === area.id);
        if (inArea.length === 0) return null;
        return (
          <section key={area.id} className="card stack" aria-labelledby={`area-${area.id}`}>
            <h2 id={`area-${area.id}`}>{area.label}</h2>
            {inArea.map((q) => {
              const missing = showMissing && answers[q.id] === undefined;
              return (
                <fieldset
                  key={q.id}
                  id={`q-${q.id}`}
                  className="question"
                  aria-describedby={`q-${q.id}-why${missing ? ` q-${q.id}-error` : ''}`}
                >
                  <legend>{q.text}</legend>
                  <p id={`q-${q.id}-why`} className="hint">
                    {q.why}
                  </p>
                  <div className="options">
                    {q.options.map((o) => (
                      <label key={o.value} className="check">
                        <input
                          type="radio"
                          name={q.id}
                          value={o.value}
                          checked={answers[q.id] === o.value}
                          onChange={() => setAnswers((a) => ({ ...a, [q.id]: o.value }))}
                        />
                        <span>{o.label}</span>
                      </label>
                    ))}
                  </div>
                  {missing && (
                    <p id={`q-${q.id}-error`} className="error">
                      {t('deskCheck.answerThis')}
                    </p>
                  )}
                </fieldset>
              );
            })}
          </section>
        );
      })}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" variant="primary" wide disabled={submit.isPending}>
        {t('deskCheck.submit')}
      </Button>
    </form>
  );
}
