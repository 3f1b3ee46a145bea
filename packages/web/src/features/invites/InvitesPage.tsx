import type { NewInvite } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Message } from '../../ui/Message';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useSignupInfo } from '../auth/public-api';
import { useAccount } from '../auth/session';
import { INVITE_DAYS, useInvites } from './api';
import { InviteLink } from './InviteLink';
import { InviteList } from './InviteList';
import './invites.css';

/** Admin → Invites: one-time links that let someone create an account on this server. */
export function Component() {
  const { t } = useTranslation();
  const account = useAccount();
  const signup = useSignupInfo();
  const invites = useInvites();
  const [days, setDays] = useState('7');
  const [fresh, setFresh] = useState<NewInvite | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'done' | 'error' }>({
    text: '',
    tone: 'done',
  });

  async function onCreate(e: FormEvent) {
    e.preventDefault();
    setMessage({ text: '', tone: 'done' });
    try {
      setFresh(await invites.create.mutateAsync(Number(days)));
    } catch (err) {
      setMessage({ text: problemMessage(err, t), tone: 'error' });
    }
  }

  const back = { to: '/more', label: t('more.title') };
  if (account.data && !account.data.admin)
    return (
      <Page title={t('invites.title')} back={back}>
        <p className="notice">{t('invites.notAdmin')}</p>
      </Page>
    );

  return (
    <Page title={t('invites.title')} back={back}>
      <p>{t('invites.intro')}</p>
      {signup.data && <p className="notice">{t(`invites.mode.${signup.data.mode}`)}</p>}
      <Message {...message} />
      {fresh ? (
        <InviteLink invite={fresh} onDone={() => setFresh(null)} />
      ) : (
        <form className="card stack" onSubmit={onCreate} noValidate aria-labelledby="invite-create">
          <h2 id="invite-create">{t('invites.createTitle')}</h2>
          <Select
            label={t('invites.expiry')}
            hint={t('invites.expiryHint')}
            value={days}
            onChange={setDays}
            options={INVITE_DAYS.map((d) => ({ value: String(d), label: t('invites.days', { count: d }) }))}
          />
          <Button type="submit" variant="primary" disabled={invites.create.isPending}>
            {t('invites.create')}
          </Button>
        </form>
      )}
      <InviteList invites={invites} onMessage={(text, tone) => setMessage({ text, tone })} />
    </Page>
  );
}
