import type { BreakSettings } from '@spinekind/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { usePendingChoices } from '../../lib/pending-choice';
import { useToast } from '../../ui/Toast';
import { useSaveBreakSettings } from './api';
import { withReminders } from './settings-draft';

/** The one switch for break reminders. It saves the moment she flips it and says so. */
export function RemindMeCard({ saved }: { saved: BreakSettings }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useSaveBreakSettings();
  const [problem, setProblem] = useState('');
  // While the save is on its way the switch shows what she chose; a failure puts it back.
  const choice = usePendingChoices<boolean>();
  const on = choice.shown('enabled', saved.enabled);

  async function flip(enabled: boolean) {
    setProblem('');
    choice.choose('enabled', enabled, saved.enabled);
    try {
      await save.mutateAsync(withReminders(saved, enabled));
      toast(enabled ? t('breaks.turnedOn') : t('breaks.turnedOff'));
    } catch (err) {
      choice.drop('enabled');
      setProblem(problemMessage(err, t));
    }
  }

  return (
    <section className="card stack" aria-label={t('breaks.remindMe')}>
      <label className="check remind-me">
        <input
          type="checkbox"
          role="switch"
          aria-checked={on}
          checked={on}
          onChange={(e) => void flip(e.target.checked)}
          aria-describedby="remind-me-status"
        />
        <span>{t('breaks.enabled')}</span>
      </label>
      <p id="remind-me-status" className={on ? 'remind-me-on' : 'muted'} data-testid="remind-me-status">
        {on ? t('breaks.onStatus') : t('breaks.offStatus')}
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
