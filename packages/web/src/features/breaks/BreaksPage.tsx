import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { Page } from '../../ui/Page';
import { useBreakSettings } from './api';
import { CalendarSection } from './CalendarSection';
import { PushSection } from './PushSection';
import { SettingsForm } from './SettingsForm';
import { StatsSection } from './StatsSection';
import { TodaySection } from './TodaySection';
import './breaks.css';

/** Movement breaks: settings, what comes next and today's actions, push and calendar delivery, the week's stats. */
export function Component() {
  const { t } = useTranslation();
  const settings = useBreakSettings();
  return (
    <Page title={t('breaks.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('breaks.intro')}</p>
      {settings.isPending ? (
        <p className="muted">{t('breaks.loading')}</p>
      ) : settings.isError ? (
        <p className="error" role="alert">
          {problemMessage(settings.error, t)}
        </p>
      ) : (
        <div className="breaks-grid">
          <TodaySection enabled={settings.data.enabled} />
          {/* Keyed by the saved version, so a save elsewhere (another tab) refills the form. */}
          <SettingsForm key={JSON.stringify(settings.data)} saved={settings.data} />
          <PushSection />
          <CalendarSection />
          <StatsSection standingDesk={settings.data.standingDesk} enabled={settings.data.enabled} />
        </div>
      )}
    </Page>
  );
}
