import { treatmentInputSchema, treatmentKinds } from '@spinekind/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { useFormSubmit } from '../../lib/form';
import { useResource } from '../../lib/resources';
import { Button } from '../../ui/Button';
import { Field, TextArea } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { Select } from '../../ui/Select';
import { useToast } from '../../ui/Toast';

/** Treatments tried for the back, with start and stop dates. Never a dose: we record that it happened. */
export function Component() {
  const { t } = useTranslation();
  const toast = useToast();
  const treatments = useResource('treatments');
  const [form, setForm] = useState({
    kind: 'physio',
    name: '',
    startDate: todayLocal(),
    endDate: '',
    notes: '',
  });
  const { errors, submit } = useFormSubmit();
  const fail = (err: unknown) => toast(problemMessage(err, t), { tone: 'error' });

  const add = (e: FormEvent) =>
    submit(
      e,
      treatmentInputSchema,
      { ...form, endDate: form.endDate || null, notes: form.notes || null },
      async (data) => {
        await treatments.create.mutateAsync(data);
        setForm((f) => ({ ...f, name: '', notes: '', endDate: '' }));
        toast(t('treatments.added'));
      },
    );

  const items = treatments.list.data ?? [];
  return (
    <Page title={t('treatments.title')} back={{ to: '/more', label: t('nav.more') }}>
      <p>{t('treatments.intro')}</p>
      <form className="card stack" onSubmit={add} noValidate aria-labelledby="add-treatment">
        <h2 id="add-treatment">{t('treatments.add')}</h2>
        <Select
          label={t('treatments.kind')}
          value={form.kind}
          onChange={(kind) => setForm((f) => ({ ...f, kind }))}
          options={treatmentKinds.map((k) => ({ value: k, label: t(`treatments.kinds.${k}`) }))}
        />
        <Field
          label={t('treatments.name')}
          hint={t('treatments.nameHint')}
          value={form.name}
          onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
          error={errors.name}
        />
        <Field
          label={t('treatments.start')}
          type="date"
          value={form.startDate}
          onChange={(e) => setForm((f) => ({ ...f, startDate: e.target.value }))}
          error={errors.startDate}
        />
        <Field
          label={t('treatments.end')}
          type="date"
          value={form.endDate}
          onChange={(e) => setForm((f) => ({ ...f, endDate: e.target.value }))}
          error={errors.endDate}
        />
        <TextArea
          label={t('treatments.notes')}
          value={form.notes}
          onChange={(e) => setForm((f) => ({ ...f, notes: e.target.value }))}
          error={errors.notes}
        />
        <Button type="submit" variant="primary">
          {t('treatments.save')}
        </Button>
      </form>
      <section className="stack" aria-labelledby="treatment-list">
        <h2 id="treatment-list">{t('treatments.list')}</h2>
        {items.length === 0 && <p className="muted">{t('treatments.none')}</p>}
        <ul className="entries">
          {[...items].reverse().map((tr) => (
            <li key={tr.id} className="card entry" data-testid="treatment">
              <div className="entry-main">
                <p>
                  <b>{tr.name}</b> · {t(`treatments.kinds.${tr.kind}`)}
                </p>
                <p className="muted">
                  {tr.endDate
                    ? t('treatments.fromTo', { from: tr.startDate, to: tr.endDate })
                    : t('treatments.since', { from: tr.startDate })}
                </p>
                {tr.notes && <p className="entry-note">{tr.notes}</p>}
              </div>
              <div className="entry-actions">
                {!tr.endDate && (
                  <Button
                    variant="quiet"
                    aria-label={t('treatments.stopLabel', { name: tr.name })}
                    onClick={() =>
                      treatments.update
                        .mutateAsync({ id: tr.id, patch: { endDate: todayLocal() } })
                        .catch(fail)
                    }
                  >
                    {t('treatments.stop')}
                  </Button>
                )}
                <Button
                  variant="quiet"
                  aria-label={t('treatments.deleteLabel', { name: tr.name })}
                  onClick={() => treatments.remove.mutateAsync(tr.id).catch(fail)}
                >
                  {t('entry.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
