import { routines } from '@spinekind/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { useBoneCondition } from './api';
import { BoneNote } from './BoneNote';
import type { MoveRoutine } from './library';
import { RoutineCard } from './RoutineCard';
import { useLookup } from './sessions';
import { TodayPlan } from './TodayPlan';
import './move.css';

/** Move home: today's plan, the routines, and the way to the library, the plan and her own exercises. */
export function Component() {
  const { t } = useTranslation();
  const library = useLookup();
  const bone = useBoneCondition();
  const all = useMemo(() => {
    const custom = (library.routines.data ?? []).filter((r) => !r.archivedAt).map((r) => `custom:${r.id}`);
    return [...routines.map((r) => r.id), ...custom]
      .map((id) => library.routine(id))
      .filter((r): r is MoveRoutine => r !== undefined);
  }, [library]);
  return (
    <Page title={t('move.title')}>
      <p>{t('move.intro')}</p>
      <TodayPlan />
      <nav className="card" aria-label={t('move.more')}>
        <ul className="link-list">
          <li>
            <Link to="/move/library">{t('move.library')}</Link>
            <p className="hint">{t('move.libraryHint')}</p>
          </li>
          <li>
            <Link to="/move/plan">{t('move.plan')}</Link>
            <p className="hint">{t('move.planHint')}</p>
          </li>
          <li>
            <Link to="/move/custom">{t('move.custom')}</Link>
            <p className="hint">{t('move.customHint')}</p>
          </li>
        </ul>
      </nav>
      {bone && <BoneNote condition={bone} />}
      <section aria-labelledby="routines-title" className="stack">
        <h2 id="routines-title">{t('move.routines')}</h2>
        <ul className="routine-grid">
          {all.map((r) => (
            <RoutineCard key={r.id} routine={r} />
          ))}
        </ul>
      </section>
    </Page>
  );
}
