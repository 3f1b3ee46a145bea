import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { timeOf } from '../../lib/dates';
import type { LocalScreening } from '../../offline/db';
import { useSafetyTexts } from './safety-texts';
import './screening.css';

/** Safety-check results of one day in History; an emergency result is never hidden. */
export function ScreeningEntries({ items }: { items: readonly LocalScreening[] }) {
  const { t } = useTranslation();
  const { reasons } = useSafetyTexts().triage;
  if (items.length === 0) return null;
  return (
    <ul className="entries">
      {items.map((s) => (
        <li key={s.id} className={`card result-${s.level}`} data-testid="screening-entry">
          <p>
            <span className="entry-time">{timeOf(s.recordedAt)}</span> ·{' '}
            <Link to={`/screening/${s.id}`}>
              {t('screening.history', { level: t(`screening.level.${s.level}`) })}
            </Link>
          </p>
          {s.reasons.length > 0 && <p className="muted">{s.reasons.map((r) => reasons[r]).join('; ')}</p>}
          {s.pending && <span className="badge">{t('entry.waiting')}</span>}
        </li>
      ))}
    </ul>
  );
}
