import { type BodyArea, bodyAreas } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { type HistoryFilter, type HistoryKind, historyKinds, isFiltering, noFilter } from './history-filter';

const scores = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

/** Search, filters and "jump to a date" for History; everything she sets applies at once. */
export function HistoryFilters({
  filter,
  onFilter,
  onJump,
  today,
}: {
  filter: HistoryFilter;
  onFilter(next: HistoryFilter): void;
  onJump(day: string): void;
  today: string;
}) {
  const { t } = useTranslation();
  const [jump, setJump] = useState('');
  const set = (patch: Partial<HistoryFilter>) => onFilter({ ...filter, ...patch });
  function go(e: FormEvent) {
    e.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(jump)) onJump(jump > today ? today : jump);
  }
  return (
    <details className="card history-filters">
      <summary>{t('history.filters.title')}</summary>
      <div className="stack">
        <Field
          label={t('history.filters.text')}
          type="search"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
        />
        <div className="row row-fields history-pair">
          <Select
            label={t('history.filters.area')}
            value={filter.area}
            options={[
              { value: '', label: t('history.filters.anyArea') },
              ...bodyAreas.map((a) => ({ value: a, label: t(`areas.${a}`) })),
            ]}
            onChange={(v) => set({ area: v as BodyArea | '' })}
          />
          <Select
            label={t('history.filters.kind')}
            value={filter.kind}
            options={historyKinds.map((k) => ({ value: k, label: t(`history.filters.kinds.${k}`) }))}
            onChange={(v) => set({ kind: v as HistoryKind })}
          />
        </div>
        <div className="row row-fields history-pair">
          <Select
            label={t('history.filters.painMin')}
            value={String(filter.painMin)}
            options={scores}
            onChange={(v) => set({ painMin: Number(v), painMax: Math.max(Number(v), filter.painMax) })}
          />
          <Select
            label={t('history.filters.painMax')}
            value={String(filter.painMax)}
            options={scores}
            onChange={(v) => set({ painMax: Number(v), painMin: Math.min(Number(v), filter.painMin) })}
          />
        </div>
        {isFiltering(filter) && (
          <Button onClick={() => onFilter(noFilter)}>{t('history.filters.clear')}</Button>
        )}
        <form className="row row-fields" onSubmit={go}>
          <Field
            label={t('history.filters.jump')}
            type="date"
            max={today}
            value={jump}
            onChange={(e) => setJump(e.target.value)}
          />
          <Button type="submit">{t('history.filters.go')}</Button>
        </form>
      </div>
    </details>
  );
}
