import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { problemMessage } from '../../lib/api';
import { Page } from '../../ui/Page';
import { useBreakSettings } from './api';
import { CalendarSection } from './CalendarSection';
import { PushSection } from './PushSection';
import { RemindMeCard } from './RemindMeCard';
import { SettingsForm } from './SettingsForm';
import { StatsSection } from './StatsSection';
import { TodaySection } from './TodaySection';
import './breaks.css';

/** Where she came from (Move, Today or More), so Back leads there. */
function useBackLink(): { to: string; label: string } {
  const { t } = useTranslation();
  const from = (useLocation().state as { from?: string } | null)?.from;
  if (from === '/move') return { to: '/move', label: t('move.title') };
  if (from === '/') return { to: '/', label: t('nav.today') };
  return { to: '/more', label: t('nav.more') };
}

/**
 * Movement breaks, all in one place: the Remind me switch, what comes next and today's snooze / skip /
 * pause, when reminders come, push and calendar delivery, the week's log.
 */
export function Component() {
  const { t } = useTranslation();
  const settings = useBreakSettings();
  const back = useBackLink();
  return (
    <Page title={t('breaks.title')} back={back}>
      <p>{t('breaks.intro')}</p>
      {settings.isPending ? (
        <p className="muted">{t('breaks.loading')}</p>
      ) : settings.isError ? (
        <p className="error" role="alert">
          {problemMessage(settings.error, t)}
        </p>
      ) : (
        <div className="breaks-grid">
          <RemindMeCard saved={settings.data} />
          <TodaySection settings={settings.data} />
          <SettingsForm saved={settings.data} />
          <PushSection />
          <CalendarSection />
          <StatsSection standingDesk={settings.data.standingDesk} enabled={settings.data.enabled} />
        </div>
      )}
    </Page>
  );
}
