import { type Checkin, checkinFieldNames } from '@spinekind/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { keepMine, keepTheirs } from '../../offline/conflicts';
import type { LocalCheckin } from '../../offline/db';
import { Button } from '../../ui/Button';

/** One version in words: pain, the other facts she recorded, and the note. */
function Version({ title, c, deleted }: { title: string; c: Checkin; deleted?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="conflict-version">
      <h3>{title}</h3>
      {deleted ? (
        <p>{t('conflict.deletedHere')}</p>
      ) : (
        <>
          <p>{[t('entry.pain', { pain: c.pain }), ...checkinFacts(c, t)].join(' · ')}</p>
          {c.notes && <p className="entry-note">{c.notes}</p>}
        </>
      )}
    </div>
  );
}

/** Every field of her version, cleared ones as null, so "Keep mine" leaves none of theirs standing. */
const wholeOf = (c: Checkin) => Object.fromEntries(checkinFieldNames.map((k) => [k, c[k] ?? null]));

/** The facts of a check-in besides pain, in the words of its entry. */
export function checkinFacts(c: Checkin, t: TFunction): string[] {
  return [
    c.painWorst != null ? t('entry.worst', { worst: c.painWorst }) : '',
    c.sleepHours != null ? t('entry.sleep', { hours: c.sleepHours }) : '',
    c.nightPain ? t('entry.wokeByPain') : '',
    c.hotFlushes ? t('entry.hotFlushes', { count: c.hotFlushes }) : '',
    c.bleeding && c.bleeding !== 'none' ? t(`checkin.bleedingLevels.${c.bleeding}`) : '',
    c.mood != null ? t('entry.mood', { mood: c.mood }) : '',
    c.stress != null ? t('entry.stress', { stress: c.stress }) : '',
  ].filter(Boolean);
}

/**
 * "Changed on another device": this device's version beside the other's, and her choice. Until she
 * chooses, both are kept (hers as the local record, theirs inside its conflict).
 */
export function ConflictChoice({ c }: { c: LocalCheckin }) {
  const { t } = useTranslation();
  const conflict = c.conflict;
  if (!conflict) return null;
  const theirs = conflict.theirs as unknown as Checkin;
  const headingId = `conflict-${c.id}`;
  return (
    <section className="conflict stack" aria-labelledby={headingId} data-testid="checkin-conflict">
      <h2 id={headingId}>{t('conflict.title')}</h2>
      <p>{conflict.deleted ? t('conflict.introDeleted') : t('conflict.intro')}</p>
      <div className="conflict-versions">
        <Version title={t('conflict.mine')} c={c} deleted={conflict.deleted} />
        <Version title={t('conflict.theirs')} c={theirs} />
      </div>
      <div className="row">
        <Button variant="primary" onClick={() => void keepMine('checkins', c.id, wholeOf(c))}>
          {conflict.deleted ? t('conflict.keepDeleted') : t('conflict.keepMine')}
        </Button>
        <Button onClick={() => void keepTheirs('checkins', c.id)}>{t('conflict.keepTheirs')}</Button>
      </div>
    </section>
  );
}
