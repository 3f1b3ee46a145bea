import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { Page } from '../../ui/Page';
import { useReminderSettings } from './api';
import { DeliverySection } from './DeliverySection';
import { PreviewSection } from './PreviewSection';
import { ReminderForm } from './ReminderForm';
import '../breaks/breaks.css';

/** Reminders, on one screen: what may remind her and when, the next seven, and how they reach her. */
export function Component() {
  const { t } = useTranslation();
  const settings = useReminderSettings();
  return (
    <Page title={t('reminders.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('reminders.intro')}</p>
      {settings.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : settings.isError ? (
        <p className="error" role="alert">
          {problemMessage(settings.error, t)}
        </p>
      ) : (
        <div className="breaks-grid">
          <ReminderForm saved={settings.data} />
          <PreviewSection timeZone={settings.data.timeZone} />
          <DeliverySection />
        </div>
      )}
    </Page>
  );
}
