import { type Tracker, trackerInputSchema, trackerKinds } from '@spinekind/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { useFormSubmit } from '../../lib/form';
import { useResource } from '../../lib/resources';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';

/** The user's own things to track; they appear in the Day group of the check-in. */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const trackers = useResource('trackers');
  const [form, setForm] = useState({ name: '', kind: 'number', unit: '' });
  const { errors, submit } = useFormSubmit();
  const fail = (err: unknown) => toast(problemMessage(err, t), { tone: 'error' });

  const add = (e: FormEvent) =>
    submit(
      e,
      trackerInputSchema,
      { name: form.name, kind: form.kind, unit: form.unit || null },
      async (data) => {
        await trackers.create.mutateAsync(data);
        await client.invalidateQueries({ queryKey: ['trackers'] });
        setForm({ name: '', kind: form.kind, unit: '' });
        toast(t('trackers.added'));
      },
    );

  async function archive(tracker: Tracker) {
    try {
      await trackers.remove.mutateAsync(tracker.id);
      toast(t('trackers.archived', { name: tracker.name }), {
        action: {
          label: t('checkin.undo'),
          run: () =>
            void trackers.restore
              .mutateAsync(tracker.id)
              .then(() => toast(t('trackers.restored', { name: tracker.name })), fail),
        },
      });
    } catch (err) {
      fail(err);
    }
  }

  const active = (trackers.list.data ?? []).filter((tr) => !tr.archivedAt);
  return (
    <Page title={t('trackers.title')} back={{ to: '/more', label: t('nav.more') }}>
      <div className="stack">
        <p>{t('trackers.intro')}</p>
        <section className="stack" aria-labelledby="your-trackers">
          <h2 id="your-trackers">{t('trackers.yours')}</h2>
          {trackers.list.isPending ? (
            <p className="muted">{t('app.loading')}</p>
          ) : trackers.list.isError ? (
            <p className="error">{problemMessage(trackers.list.error, t)}</p>
          ) : active.length === 0 ? (
            <p className="muted">{t('trackers.none')}</p>
          ) : (
            <ul className="entries">
              {active.map((tr) => (
                <li key={tr.id} className="card entry">
                  <span className="entry-main">
                    <b>{tr.name}</b> · {t(`trackers.kinds.${tr.kind}`)}
                    {tr.unit ? ` (${tr.unit})` : ''}
                  </span>
                  <span className="entry-actions">
                    <Button
                      variant="quiet"
                      aria-label={t('trackers.archiveLabel', { name: tr.name })}
                      onClick={() => void archive(tr)}
                    >
                      {t('trackers.archive')}
                    </Button>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <form className="card stack" onSubmit={add} noValidate aria-labelledby="add-tracker">
          <h2 id="add-tracker">{t('trackers.add')}</h2>
          <Field
            label={t('trackers.name')}
            hint={t('trackers.nameHint')}
            value={form.name}
            onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
            error={errors.name}
          />
          <Select
            label={t('trackers.kind')}
            value={form.kind}
            onChange={(kind) => setForm((f) => ({ ...f, kind }))}
            options={trackerKinds.map((k) => ({ value: k, label: t(`trackers.kinds.${k}`) }))}
          />
          {form.kind === 'number' && (
            <Field
              label={t('trackers.unit')}
              value={form.unit}
              onChange={(e) => setForm((f) => ({ ...f, unit: e.target.value }))}
              error={errors.unit}
            />
          )}
          <Button type="submit" variant="primary">
            {t('trackers.save')}
          </Button>
        </form>
      </div>
    </Page>
  );
}
