import type { Checkin } from '@spinekind/core';
import i18next, { type TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../lib/format';
import { keepMine, keepTheirs } from '../../offline/conflicts';
import type { Conflict, LocalCheckin } from '../../offline/db';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toast';
import { keepBothCheckins, restoreCheckin } from './api';

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

type Choice = { label: string; done: string; run: () => Promise<void>; primary?: boolean };

/** What she can choose in each case, and the words that confirm it. */
function choicesFor(c: LocalCheckin, t: TFunction): { title: string; intro: string; choices: Choice[] } {
  const conflict = c.conflict as Conflict;
  if (conflict.gone)
    return {
      title: t('conflict.goneTitle'),
      intro: t('conflict.goneIntro'),
      choices: [
        {
          label: t('conflict.restoreMine'),
          done: t('conflict.done.restored'),
          run: () => restoreCheckin(c),
          primary: true,
        },
        {
          label: t('conflict.letGo'),
          done: t('conflict.done.letGo'),
          run: () => keepTheirs('checkins', c.id),
        },
      ],
    };
  if (conflict.deleted)
    return {
      title: t('conflict.deletedTitle'),
      intro: t('conflict.deletedIntro'),
      choices: [
        {
          label: t('conflict.deleteAnyway'),
          done: t('conflict.done.deleted'),
          run: () => keepMine('checkins', c.id),
        },
        {
          label: t('conflict.keepIt'),
          done: t('conflict.done.kept'),
          run: () => keepTheirs('checkins', c.id),
          primary: true,
        },
      ],
    };
  const names = (conflict.fields ?? []).map((f) => t(`conflict.fields.${f}`));
  const fields = new Intl.ListFormat(localeOf(i18next.language), { type: 'conjunction' }).format(names);
  return {
    title: t('conflict.title'),
    intro: t('conflict.intro', { fields }),
    choices: [
      {
        label: t('conflict.keepMine'),
        done: t('conflict.done.mine'),
        run: () => keepMine('checkins', c.id),
        primary: true,
      },
      {
        label: t('conflict.keepTheirs'),
        done: t('conflict.done.theirs'),
        run: () => keepTheirs('checkins', c.id),
      },
      { label: t('conflict.keepBoth'), done: t('conflict.done.both'), run: () => keepBothCheckins(c) },
    ],
  };
}

/**
 * "Changed on another device" (or deleted there, or changed there after her delete): this device's version
 * beside the other's, and her choice. Until she chooses, both are kept (hers as the local record, theirs
 * inside its conflict). When it appears, focus moves to it; what she chose is announced (the toast region).
 */
export function ConflictChoice({ c }: { c: LocalCheckin }) {
  const { t } = useTranslation();
  const toast = useToast();
  const section = useRef<HTMLElement>(null);
  const conflict = c.conflict;
  const open = Boolean(conflict);
  useEffect(() => {
    if (open) section.current?.focus();
  }, [open]);
  if (!conflict) return null;
  const theirs = conflict.theirs as unknown as Checkin;
  const headingId = `conflict-${c.id}`;
  const { title, intro, choices } = choicesFor(c, t);
  return (
    <section
      ref={section}
      tabIndex={-1}
      className="conflict stack"
      aria-labelledby={headingId}
      data-testid="checkin-conflict"
    >
      <h2 id={headingId}>{title}</h2>
      <p>{intro}</p>
      <div className="conflict-versions">
        <Version title={t('conflict.mine')} c={c} deleted={conflict.deleted} />
        {conflict.gone ? (
          <div className="conflict-version">
            <h3>{t('conflict.theirs')}</h3>
            <p>{t('conflict.goneThere')}</p>
          </div>
        ) : (
          <Version title={t('conflict.theirs')} c={theirs} />
        )}
      </div>
      <div className="row">
        {choices.map((choice) => (
          <Button
            key={choice.label}
            variant={choice.primary ? 'primary' : undefined}
            onClick={() => void choice.run().then(() => toast(choice.done))}
          >
            {choice.label}
          </Button>
        ))}
      </div>
    </section>
  );
}
