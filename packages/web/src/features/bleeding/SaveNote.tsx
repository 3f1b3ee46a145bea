import {
  type HrtRegimen,
  hrtRegimens,
  pickLocale,
  profileFieldReasonsIn,
  showBleedingCard,
} from '@spinekind/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Choice } from '../../ui/Choice';
import { Field } from '../../ui/Field';
import { useProfile, useSaveProfile } from '../profile/api';
import { noteAfterSave, type SavedBleedingNote } from './api';
import { BleedingAdvice, HelpLink, RunDates } from './BleedingCards';
import './bleeding.css';

/** The note after saving bleeding, for a page's save handler: `afterSave(bleeding)` then render `note`. */
export function useBleedingOnSave(today: string) {
  const { data: profile } = useProfile();
  const [note, setNote] = useState<SavedBleedingNote | null>(null);
  return {
    note,
    setNote,
    /** Shows the note for a save; true when there is something for her to read or answer. */
    async afterSave(bleeding: string | null | undefined): Promise<boolean> {
      const next = bleeding && bleeding !== 'none' ? await noteAfterSave(profile ?? {}, today) : null;
      setNote(next);
      return next !== null && hasContent(next);
    },
  };
}

function hasContent(note: SavedBleedingNote) {
  const { level } = note.check.result;
  return level === 'soon' || (level === 'info' && note.showInfo) || note.askRegimen || note.askStartDate;
}

/**
 * The save confirmation for bleeding (spec §6.3): a `soon` answer at once, an `info` once per run, and the
 * HRT regimen question when it is missing. It lives in a polite live region that is always in the page,
 * so screen readers hear the advice when it appears.
 */
export function BleedingSaveNote({
  note,
  today,
  onNote,
  onCyclePage = false,
}: {
  note: SavedBleedingNote | null;
  today: string;
  onNote(note: SavedBleedingNote): void;
  onCyclePage?: boolean;
}) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (note) area.current?.scrollIntoView({ block: 'nearest' });
  }, [note]);
  const { result } = note?.check ?? {};
  const soon = result?.level === 'soon';
  const info = result?.level === 'info' && note?.showInfo;

  return (
    <div ref={area} role="status" aria-live="polite" className="bleeding-save-note">
      {note && result && (soon || info) && (
        <section
          className={`card stack ${soon ? 'bleeding-card' : 'bleeding-info'}`}
          aria-labelledby="bleeding-note-title"
          data-testid="bleeding-note"
        >
          <h2 id="bleeding-note-title">{soon ? t('bleeding.title') : t('bleeding.infoTitle')}</h2>
          <RunDates check={note.check} />
          <BleedingAdvice result={result} onCyclePage={onCyclePage} />
          {/* Only a recent run gets the Today card (spec §6.3); an older one lives on the cycle page. */}
          {soon && showBleedingCard(result, note.check.runEnd, [], today) && <p>{t('bleeding.stays')}</p>}
          <HelpLink />
        </section>
      )}
      {(note?.askRegimen || note?.askStartDate) && (
        <HrtQuestion
          today={today}
          onNote={onNote}
          askRegimen={note.askRegimen}
          askStartDate={note.askStartDate}
        />
      )}
    </div>
  );
}

/**
 * Spec §7.5 and §2: bleeding logged on HRT without a regimen asks for it, and without a start date asks
 * for that (she may leave it empty: unknown counts as settled); saves them and checks again.
 */
function HrtQuestion({
  today,
  onNote,
  askRegimen,
  askStartDate,
}: {
  today: string;
  onNote(note: SavedBleedingNote): void;
  askRegimen: boolean;
  askStartDate: boolean;
}) {
  const { t, i18n } = useTranslation();
  const reasons = profileFieldReasonsIn(pickLocale([i18n.language ?? 'en']));
  const { data: profile } = useProfile();
  const save = useSaveProfile();
  const [regimen, setRegimen] = useState<HrtRegimen | null>(null);
  const [started, setStarted] = useState('');
  const [error, setError] = useState('');
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (askRegimen && !regimen) return setError(t('bleeding.regimenPick'));
    if (started > today) return setError(t('bleeding.startFuture'));
    setError('');
    try {
      const saved = await save.mutateAsync({
        ...(profile ?? {}),
        ...(regimen ? { hrtRegimen: regimen } : {}),
        ...(started ? { hrtStartDate: started } : {}),
      });
      const note = await noteAfterSave(saved, today);
      // The same save: an `info` answer stays on screen even though this run's info was already shown.
      onNote({ ...note, showInfo: note.check.result.level === 'info' });
    } catch (err) {
      setError(problemMessage(err, t));
    }
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="regimen-question">
      <p>{t(askRegimen ? 'bleeding.regimenIntro' : 'bleeding.startIntro')}</p>
      {askRegimen && (
        <Choice
          legend={t('profile.hrtRegimen')}
          hint={`${t('profile.why')} ${reasons.hrtRegimen}`}
          value={regimen}
          options={hrtRegimens.map((r) => ({ value: r, label: t(`profile.regimen.${r}`) }))}
          onChange={(v: HrtRegimen) => setRegimen(v)}
        />
      )}
      {askStartDate && (
        <Field
          label={t('bleeding.startLabel')}
          hint={`${t('profile.why')} ${reasons.hrtStartDate} ${t('bleeding.startHint')}`}
          type="date"
          max={today}
          value={started}
          onChange={(e) => setStarted(e.target.value)}
        />
      )}
      {error && <p className="error">{error}</p>}
      <Button type="submit" variant="primary" disabled={save.isPending}>
        {t('bleeding.regimenSave')}
      </Button>
    </form>
  );
}
