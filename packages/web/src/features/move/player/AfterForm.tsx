import type { SessionInput } from '@spinekind/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/Field';
import { ScaleInput } from '../../../ui/ScaleInput';

export type AfterAnswers = Pick<SessionInput, 'painAfter' | 'effort' | 'rating' | 'notes'>;
const ratings = ['too_easy', 'about_right', 'too_hard'] as const;

/** After a session: pain now, effort, and whether it was too easy, about right or too hard. */
export function AfterForm({ summary, onSave }: { summary: string; onSave(a: AfterAnswers): Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [painAfter, setPainAfter] = useState<number | null>(null);
  const [effort, setEffort] = useState<number | null>(null);
  const [rating, setRating] = useState<AfterAnswers['rating'] | null>(null);
  const [notes, setNotes] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const missing = (v: unknown) => (tried && v === null ? t('player.painRequired') : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (painAfter === null || effort === null || rating === null) return;
    setBusy(true);
    try {
      await onSave({ painAfter, effort, rating, ...(notes.trim() ? { notes: notes.trim() } : {}) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p data-testid="session-summary">{summary}</p>
      <ScaleInput
        legend={t('player.painAfter')}
        hint={t('checkin.painHint')}
        value={painAfter}
        onChange={setPainAfter}
        words={{ 0: t('scale.none'), 5: t('scale.moderate'), 10: t('scale.worst') }}
        error={missing(painAfter)}
        size="large"
      />
      <ScaleInput
        legend={t('player.effort')}
        hint={t('player.effortHint')}
        value={effort}
        onChange={setEffort}
        words={{
          0: t('player.effortWords.none'),
          5: t('player.effortWords.moderate'),
          10: t('player.effortWords.max'),
        }}
        error={missing(effort)}
      />
      <fieldset className="question" aria-describedby={tried && !rating ? `${id}-error` : undefined}>
        <legend>{t('player.rating')}</legend>
        <div className="rating-options">
          {ratings.map((r) => (
            <label key={r} className="rating-option">
              <input
                type="radio"
                name={`${id}-rating`}
                checked={rating === r}
                onChange={() => setRating(r)}
              />
              <span>{t(`player.ratings.${r}`)}</span>
            </label>
          ))}
        </div>
        {tried && !rating && (
          <p id={`${id}-error`} className="error">
            {t('player.fixErrors')}
          </p>
        )}
      </fieldset>
      <TextArea
        label={t('player.notes')}
        value={notes}
        maxLength={2000}
        onChange={(e) => setNotes(e.target.value)}
      />
      <div className="move-save-bar">
        <Button type="submit" variant="primary" wide disabled={busy}>
          {t('player.save')}
        </Button>
      </div>
    </form>
  );
}
