import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { todayLocal } from '../../lib/dates';
import { db } from '../../offline/db';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toast';
import { BleedingSaveNote, useBleedingOnSave } from '../bleeding/SaveNote';
import { updateCheckin } from './api';
import { CheckinForm } from './CheckinForm';

export function Component() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const checkin = useLiveQuery(() => db.checkins.get(id), [id], null);
  const bleeding = useBleedingOnSave(todayLocal());
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
        onSubmit={async (input, edit) => {
          await updateCheckin(edit?.seen ?? checkin, input, edit?.changed ?? []);
          toast(t('checkin.updated'));
          // Bleeding with something to say keeps her here to read it; otherwise back where she came from.
          if (!(await bleeding.afterSave(input.bleeding))) navigate(-1);
        }}
      />
      <BleedingSaveNote note={bleeding.note} today={todayLocal()} onNote={bleeding.setNote} />
    </Page>
  );
}
