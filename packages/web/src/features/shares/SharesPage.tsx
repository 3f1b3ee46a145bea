import { addLocalDays, SHARE_MAX_DAYS, shareInputSchema } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../lib/dates';
import { useFormSubmit } from '../../lib/form';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useShares } from './api';
import { NewShareLink } from './NewShareLink';
import { ShareList } from './ShareList';
import '../data/data.css';
import './shares.css';

/** How long a new link works, in days (the server allows 1–90). */
const SHARE_DAYS = [1, 7, 14, 30, SHARE_MAX_DAYS] as const;

type Made = { url: string; label: string | null; expiresAt: string };

/** Share with my clinician: make a link (shown once, with a QR code), see when each was opened, turn one off. */
export function Component() {
  const { t } = useTranslation();
  const shares = useShares();
  const [label, setLabel] = useState('');
  const [days, setDays] = useState('14');
  const [passcode, setPasscode] = useState('');
  const [to, setTo] = useState(todayLocal());
  const [from, setFrom] = useState(addLocalDays(todayLocal(), -90));
  const [includeNotes, setIncludeNotes] = useState(false);
  const { errors, submit } = useFormSubmit();
  const [made, setMade] = useState<Made | null>(null);
  const rangeError = from && to && from > to ? t('shares.rangeError') : '';

  async function onCreate(e: FormEvent) {
    const input = {
      days: Number(days),
      from,
      to,
      includeNotes,
      ...(label.trim() ? { label } : {}),
      ...(passcode ? { passcode } : {}),
    };
    const done = await submit(e, shareInputSchema, input, async (share) =>
      setMade(await shares.create.mutateAsync(share)),
    );
    if (!done) return;
    setLabel('');
    setPasscode('');
    setIncludeNotes(false);
  }

  return (
    <Page title={t('shares.title')} back={{ to: '/data', label: t('data.title') }}>
      <p>{t('shares.intro')}</p>
      {made ? (
        <NewShareLink share={made} onDone={() => setMade(null)} />
      ) : (
        <form className="card stack" onSubmit={onCreate} noValidate aria-labelledby="share-create">
          <h2 id="share-create">{t('shares.createTitle')}</h2>
          <Field
            label={t('shares.label')}
            hint={t('shares.labelHint')}
            value={label}
            maxLength={80}
            onChange={(e) => setLabel(e.target.value)}
            error={errors.label}
          />
          <Select
            label={t('shares.expiry')}
            value={days}
            onChange={setDays}
            options={SHARE_DAYS.map((d) => ({ value: String(d), label: t('shares.days', { count: d }) }))}
          />
          <div className="data-range">
            <Field
              label={t('shares.from')}
              type="date"
              value={from}
              max={to}
              onChange={(e) => setFrom(e.target.value)}
              error={errors.from}
            />
            <Field
              label={t('shares.to')}
              type="date"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              error={rangeError || errors.to}
            />
          </div>
          <p className="hint">{t('shares.rangeHint')}</p>
          <Field
            label={t('shares.passcode')}
            hint={t('shares.passcodeHint')}
            value={passcode}
            maxLength={64}
            autoComplete="off"
            onChange={(e) => setPasscode(e.target.value)}
            error={errors.passcode}
          />
          <div>
            <label className="check">
              <input
                type="checkbox"
                checked={includeNotes}
                onChange={(e) => setIncludeNotes(e.target.checked)}
              />
              <span>{t('shares.includeNotes')}</span>
            </label>
            <p className="hint">{t('shares.includeNotesHint')}</p>
          </div>
          <Button type="submit" variant="primary" disabled={shares.create.isPending || !!rangeError}>
            {t('shares.create')}
          </Button>
        </form>
      )}
      <ShareList shares={shares} />
    </Page>
  );
}
