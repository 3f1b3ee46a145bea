import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../lib/dates';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { syncStatus } from '../sync/outbox';
import { createCheckin, useCheckins } from './api';
import { CheckinForm } from './CheckinForm';
import { EntryList } from './EntryList';

/** Home: the check-in form and today's entries. */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const today = todayLocal();
  const { items } = useCheckins(today, today);
  const status = useSyncExternalStore(syncStatus.subscribe, syncStatus.get);
  return (
    <Page title={t('checkin.title')}>
      <CheckinForm
        onSubmit={async (input) => {
          await createCheckin(input);
          toast(status.online ? t('checkin.saved') : t('checkin.savedOffline'));
        }}
      />
      <section className="stack" aria-labelledby="today-entries">
        <h2 id="today-entries">{t('today.entries')}</h2>
        {items && items.length > 0 ? (
          <>
            <EntryList items={items} />
            <p className="muted">{t('today.another')}</p>
          </>
        ) : (
          <p className="muted">{t('today.none')}</p>
        )}
      </section>
    </Page>
  );
}
