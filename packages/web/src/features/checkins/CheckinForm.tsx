import { type Checkin, type CheckinInput, checkinInputSchema, type Profile } from '@spinekind/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zodFieldErrors } from '../../lib/api';
import { nowWithOffset } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { useProfile, useSaveProfile } from '../profile/api';
import { Group } from './form/Group';
import { BodyFields, DayFields, type GroupProps, MoodFields, PainFields, SleepFields } from './form/groups';
import { errorKey, type FormState, fromCheckin, toCandidate, unitsOf } from './form/state';
import { useTrackers } from './trackers-api';
import './checkins.css';

type GroupId = NonNullable<Profile['hiddenCheckinGroups']>[number];

/** The check-in: Pain first (the quick path: score, area, save), then Sleep · Body & cycle · Mood · Day. */
export function CheckinForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: Checkin;
  onSubmit(input: CheckinInput): Promise<void>;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const { data: profile } = useProfile();
  const saveProfile = useSaveProfile();
  const { data: trackers = [] } = useTrackers();
  const units = unitsOf(profile);
  const [form, setForm] = useState<FormState>(() => fromCheckin(initial, units));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const hidden = new Set(profile?.hiddenCheckinGroups ?? []);
  const activeTrackers = useMemo(
    () => trackers.filter((tr) => !tr.archivedAt || tr.id in form.custom),
    [trackers, form.custom],
  );

  const props: GroupProps = { f: form, set: (k, v) => setForm((f) => ({ ...f, [k]: v })), errors, units };
  const toggle = (g: GroupId) => {
    const next = hidden.has(g) ? [...hidden].filter((x) => x !== g) : [...hidden, g];
    saveProfile.mutate({ ...(profile ?? {}), hiddenCheckinGroups: next });
  };
  const group = (id: GroupId) => ({ hidden: hidden.has(id), onToggle: () => toggle(id) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = checkinInputSchema.safeParse(
      toCandidate(form, units, initial?.recordedAt ?? nowWithOffset()),
    );
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      for (const [from, to] of Object.entries(errorKey)) if (found[from]) found[to] = found[from];
      setErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      if (!initial) setForm(fromCheckin(undefined, units));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="checkin-form"
      onSubmit={submit}
      noValidate
      aria-label={initial ? t('checkin.editTitle') : t('checkin.title')}
    >
      {Object.keys(errors).length > 0 && (
        <p className="error" role="alert">
          {t('checkin.fixErrors')}
        </p>
      )}
      <Group title={t('checkin.groups.pain')}>
        <PainFields {...props} />
      </Group>
      <Group title={t('checkin.groups.sleep')} {...group('sleep')}>
        <SleepFields {...props} />
      </Group>
      <Group title={t('checkin.groups.body')} {...group('body')}>
        <BodyFields {...props} />
      </Group>
      <Group title={t('checkin.groups.mood')} {...group('mood')}>
        <MoodFields {...props} />
      </Group>
      <Group title={t('checkin.groups.day')} {...group('day')}>
        <DayFields {...props} trackers={activeTrackers} />
      </Group>
      <div className="save-bar row">
        {onCancel && <Button onClick={onCancel}>{t('checkin.cancel')}</Button>}
        <Button type="submit" variant="primary" className="grow" disabled={busy}>
          {initial ? t('checkin.saveChanges') : t('checkin.save')}
        </Button>
      </div>
    </form>
  );
}
