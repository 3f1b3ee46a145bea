import { equipmentKinds, exerciseTags } from '@spinekind/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useBoneCondition } from './api';
import { BoneNote } from './BoneNote';
import { useCatalogue } from './catalogue';
import { useDoseText } from './DoseText';
import { Illustration } from './Illustration';
import { fromCatalogue } from './library';
import './move.css';

export const exercisePath = (id: string) => `/move/exercises/${encodeURIComponent(id)}`;

/** Every catalogue exercise, filtered by type, equipment and words; bone-safe only when her profile asks. */
export function Component() {
  const { t } = useTranslation();
  const doseText = useDoseText();
  const catalogue = useCatalogue();
  const bone = useBoneCondition();
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [equipment, setEquipment] = useState('');
  // Starts on with osteoporosis or osteopenia; she can still look at the rest.
  const [safeOnly, setSafeOnly] = useState<boolean | null>(null);
  const boneSafeOnly = safeOnly ?? bone !== null;
  const shown = useMemo(() => {
    const words = query.trim().toLowerCase();
    return catalogue.exercises.filter(
      (e) =>
        (!tag || e.tags.includes(tag as (typeof e.tags)[number])) &&
        (!equipment || e.equipment.includes(equipment as (typeof e.equipment)[number])) &&
        (!boneSafeOnly || e.boneSafe) &&
        (!words || `${e.name} ${e.purpose}`.toLowerCase().includes(words)),
    );
  }, [query, tag, equipment, boneSafeOnly, catalogue]);
  const any = { value: '', label: t('library.any') };
  return (
    <Page title={t('library.title')} back={{ to: '/move', label: t('move.title') }}>
      {bone && <BoneNote condition={bone} />}
      <search className="card filters" aria-label={t('library.filters')}>
        <Field
          label={t('library.search')}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select
          label={t('library.tag')}
          value={tag}
          onChange={setTag}
          options={[any, ...exerciseTags.map((v) => ({ value: v, label: t(`move.tags.${v}`) }))]}
        />
        <Select
          label={t('library.equipment')}
          value={equipment}
          onChange={setEquipment}
          options={[any, ...equipmentKinds.map((v) => ({ value: v, label: t(`move.equipment.${v}`) }))]}
        />
        <label className="check">
          <input type="checkbox" checked={boneSafeOnly} onChange={(e) => setSafeOnly(e.target.checked)} />
          {t('library.boneSafeOnly')}
        </label>
      </search>
      <p role="status" data-testid="library-count">
        {t('library.count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="card">{t('library.none')}</p>
      ) : (
        <ul className="exercise-list">
          {shown.map((e) => (
            <li key={e.id}>
              <Link className="card exercise-row" to={exercisePath(e.id)}>
                <Illustration exercise={fromCatalogue(e)} size="small" decorative />
                <span>
                  <span className="exercise-row-name">{e.name}</span>
                  <br />
                  <span className="muted">
                    {doseText(e.dose)} · {e.tags.map((tg) => t(`move.tags.${tg}`)).join(', ')}
                  </span>
                  {!e.boneSafe && (
                    <>
                      <br />
                      <span className="badge">{t('move.notBoneSafe')}</span>
                    </>
                  )}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
