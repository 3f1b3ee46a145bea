import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { db } from '../sync/db';
import { updateCheckin } from './api';
import { CheckinForm } from './CheckinForm';

export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const checkin = useLiveQuery(() => db.checkins.get(id), [id], null);
  const back = { to: '/history', label: t('nav.history') };
  if (checkin === null)
    return (
      <Page title={t('checkin.editTitle')} back={back}>
        <p>{t('history.loading')}</p>
      </Page>
    );
  if (!checkin) {
    return (
      <Page title={t('checkin.editTitle')} back={back}>
        <p>{t('errors.notFound')}</p>
        <Link to="/history">{t('nav.history')}</Link>
      </Page>
    );
  }
  return (
    <Page title={t('checkin.editTitle')} back={back}>
      <CheckinForm
        initial={checkin}
        onCancel={() => navigate(-1)}
        onSubmit={async (input) => {
          await updateCheckin(checkin, input);
          toast(t('checkin.updated'));
          navigate(-1);
        }}
      />
    </Page>
  );
}
