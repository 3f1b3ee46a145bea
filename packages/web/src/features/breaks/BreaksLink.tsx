import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayLabel } from '../../lib/dates';
import { formatTime } from '../../lib/format';
import { localDay, useBreakSettings, useReminderQueue } from './api';

/** The way to Movement breaks from Move and Today: the link, and one line saying whether they're on. */
export function BreaksLink({ from }: { from: '/move' | '/' }) {
  const { t } = useTranslation();
  const enabled = useBreakSettings().data?.enabled;
  const next = useReminderQueue().data?.[0];
  const status =
    enabled === undefined
      ? t('breaks.linkHint')
      : !enabled
        ? t('breaks.entryOff')
        : next
          ? t('breaks.entryNext', {
              when: `${dayLabel(localDay(Date.parse(next.at)), t)}, ${formatTime(next.at)}`,
            })
          : t('breaks.entryOn');
  return (
    <>
      <Link to="/breaks" state={{ from }}>
        {t('breaks.link')}
      </Link>
      <p className="hint" data-testid="breaks-link-status">
        {status}
      </p>
    </>
  );
}
