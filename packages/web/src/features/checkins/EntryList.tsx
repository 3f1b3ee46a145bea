import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { timeOf } from '../../lib/dates';
import type { LocalCheckin } from '../../offline/db';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { sourceName } from '../imports/source-name';
import { deleteCheckin, restoreCheckin } from './api';
import { ConflictChoice, checkinFacts } from './ConflictChoice';

/**
 * One check-in, kept while its record is the same object: History and Today render again whole when any of
 * their reads answers (periods, treatments, questionnaires…), and an entry's words are the costly part.
 */
const Entry = memo(function Entry({ c }: { c: LocalCheckin }) {
  const { t } = useTranslation();
  const toast = useToast();
  const time = timeOf(c.recordedAt);
  const facts = checkinFacts(c, t);
  // Each area once: with her score where she gave one ("Left hip 3"), else just its name.
  const scores = new Map((c.painByArea ?? []).map((a) => [a.area, a.score]));
  const areas = [...new Set([...(c.bodyAreas ?? []), ...scores.keys()])].map((a) =>
    scores.has(a) ? t('entry.areaScore', { area: t(`areas.${a}`), score: scores.get(a) }) : t(`areas.${a}`),
  );
  async function remove() {
    const removed = await deleteCheckin(c);
    toast(t('checkin.deleted'), {
      action: {
        label: t('checkin.undo'),
        run: () => void restoreCheckin(removed).then(() => toast(t('checkin.restored'))),
      },
    });
  }
  return (
    <li className="card entry" data-testid="checkin-entry">
      <div className="entry-main">
        <p>
          <span className="entry-time">{time}</span> ·{' '}
          <span className="entry-pain">{t('entry.pain', { pain: c.pain })}</span>
          {facts.length > 0 && <span className="muted"> · {facts.join(' · ')}</span>}
        </p>
        {areas.length > 0 && <p className="entry-areas">{areas.join(', ')}</p>}
        {c.painQualities && c.painQualities.length > 0 && (
          <p className="entry-feels">
            {t('entry.feels', { qualities: c.painQualities.map((q) => t(`qualities.${q}`)).join(', ') })}
          </p>
        )}
        {c.notes && (
          <p className="entry-note">{c.notes.length > 140 ? `${c.notes.slice(0, 140)}…` : c.notes}</p>
        )}
        {c.source && (
          <p className="entry-source muted">{t('entry.importedFrom', { source: sourceName(c.source, t) })}</p>
        )}
        {c.pending && <span className="badge">{t('entry.waiting')}</span>}
        {c.syncError && (
          <span className="badge badge-error">{t('entry.refused', { message: c.syncError })}</span>
        )}
        <ConflictChoice c={c} />
      </div>
      <div className="entry-actions">
        <Link className="btn btn-quiet" to={`/checkins/${c.id}`} aria-label={t('entry.editLabel', { time })}>
          {t('entry.edit')}
        </Link>
        <Button variant="quiet" onClick={() => void remove()} aria-label={t('entry.deleteLabel', { time })}>
          {t('entry.delete')}
        </Button>
      </div>
    </li>
  );
});

/** Check-ins of one day, newest first. */
export function EntryList({ items }: { items: readonly LocalCheckin[] }) {
  return (
    <ul className="entries">
      {[...items].reverse().map((c) => (
        <Entry key={c.id} c={c} />
      ))}
    </ul>
  );
}
