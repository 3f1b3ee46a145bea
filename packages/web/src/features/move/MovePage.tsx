import { routines } from '@spinekind/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { BreaksLink } from '../breaks/BreaksLink';
import { BoneStatusNote } from './BoneNote';
import { useSafeRoutines } from './bone';
import { useCustomRoutines } from './own';
import { RoutineCard } from './RoutineCard';
import { TodayPlan } from './TodayPlan';
import './move.css';

/**
 * Move home: today's plan, then the routines (the first one's Start on a phone's first screen), then the
 * way to the library, the plan and her own exercises.
 */
export function Component() {
  const { t } = useTranslation();
  const own = useCustomRoutines().data;
  const ids = useMemo(
    () => [
      ...routines.map((r) => r.id),
      ...(own ?? []).filter((r) => !r.archivedAt).map((r) => `custom:${r.id}`),
    ],
    [own],
  );
  const { list, status } = useSafeRoutines(ids);
  return (
    <Page title={t('move.title')}>
      <p>{t('move.intro')}</p>
      <TodayPlan />
      {/* Fragile bones, known: said above the routines it changes. */}
      {status.state === 'known' && <BoneStatusNote status={status} about="list" />}
      <section aria-labelledby="routines-title" className="stack">
        <h2 id="routines-title">{t('move.routines')}</h2>
        <ul className="routine-grid">
          {list.map((safe) => (
            <RoutineCard key={safe.routine.id} safe={safe} />
          ))}
        </ul>
      </section>
      {/* "Checking…" is over in a moment (each routine it holds says so on its card): below the list, so
          the routines on the first screen do not jump when it goes. */}
      {status.state !== 'known' && <BoneStatusNote status={status} about="list" />}
      <nav className="card" aria-label={t('move.more')}>
        <ul className="link-list">
          <li>
            <Link to="/move/library">{t('move.library')}</Link>
            <p className="hint">{t('move.libraryHint')}</p>
          </li>
          <li>
            <Link to="/move/bones">{t('move.bonesLink')}</Link>
            <p className="hint">{t('move.bonesHint')}</p>
          </li>
          <li>
            <Link to="/move/plan">{t('move.plan')}</Link>
            <p className="hint">{t('move.planHint')}</p>
          </li>
          <li>
            <Link to="/move/custom">{t('move.custom')}</Link>
            <p className="hint">{t('move.customHint')}</p>
          </li>
          <li>
            <BreaksLink from="/move" />
          </li>
        </ul>
      </nav>
    </Page>
  );
}
