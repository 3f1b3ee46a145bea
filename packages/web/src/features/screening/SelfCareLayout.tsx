import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { todayLocal } from '../../lib/dates';
import { useScreenings } from './api';
import { EmergencyScreen } from './EmergencyScreen';

/**
 * Wraps self-care content (routines, the player). Triage spec §7.3.4: an emergency result from
 * today is shown again each time she enters this content; §7.3.6: a safety-net line on every screen.
 */
export function Component() {
  const { t } = useTranslation();
  const screenings = useScreenings();
  // State lives as long as she stays inside the self-care pages, so re-entering shows it again.
  const [seen, setSeen] = useState(false);
  const today = todayLocal();
  const emergencyToday = screenings?.filter((s) => s.level === 'emergency' && s.localDate === today).at(-1);
  if (emergencyToday && !seen) {
    return <EmergencyScreen s={emergencyToday} onUnderstand={() => setSeen(true)} />;
  }
  return (
    <>
      <Outlet />
      <aside className="safety-net-banner" aria-label={t('footer.help')}>
        <p>
          {t('screening.safetyNet')} <Link to="/help">{t('footer.help')}</Link>
        </p>
      </aside>
    </>
  );
}
