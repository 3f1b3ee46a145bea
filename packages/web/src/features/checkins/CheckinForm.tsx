import {
  type CheckinGroup,
  type CheckinInput,
  checkinFieldNames,
  checkinGroups,
  checkinInputSchema,
  pinnedGroupsOf,
  togglePinned,
} from '@spinekind/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zodFieldErrors } from '../../lib/api';
import { nowWithOffset } from '../../lib/dates';
import { useUnsaved } from '../../lib/unsaved';
import type { LocalCheckin } from '../../offline/db';
import { sameValue } from '../../offline/merge';
import { Button } from '../../ui/Button';
import { useProfile, useSaveProfile } from '../profile/api';
import type { CheckinField } from './api';
import { Group } from './form/Group';
import {
  BodyFields,
  DayFields,
  MeasureFields,
  MoodFields,
  PainDetailFields,
  PainFields,
  SleepFields,
} from './form/groups';
import {
  errorKey,
  type FormState,
  fromCheckin,
  type GroupProps,
  groupHasAnswer,
  groupHasError,
  toCandidate,
  type Units,
  unitsOf,
} from './form/state';
import { useTrackers } from './trackers-api';
import './checkins.css';

/**
 * The fields whose answer differs from the check-in as she opened it, compared as the form gives them
 * (a weight shown in pounds and left alone is no change, whatever the rounding).
 */
function changedFields(seen: LocalCheckin, input: CheckinInput, units: Units): CheckinField[] {
  const before = toCandidate(fromCheckin(seen, units), units, seen.recordedAt);
  return checkinFieldNames.filter((k) => !sameValue(input[k], before[k]));
}

/**
 * The check-in: pain and where it hurts, then Save — the whole of a quick check-in, on one phone screen.
 * Everything else waits behind named groups ("Add sleep", …) that open on a tap, by her pin, or by holding
 * an answer.
 */
export function CheckinForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial?: LocalCheckin;
  /** `edit` (editing only): the check-in as she opened it, and the fields she changed since. */
  onSubmit(input: CheckinInput, edit?: { seen: LocalCheckin; changed: CheckinField[] }): Promise<void>;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const { data: profile } = useProfile();
  const saveProfile = useSaveProfile();
  const { data: trackers = [] } = useTrackers();
  const units = unitsOf(profile);
  const [form, setForm] = useState<FormState>(() => fromCheckin(initial, units));
  // The check-in as she opened it: what her changes are based on, even if a pull brings a newer copy.
  const [seen] = useState(initial);
  const untouched = useMemo(() => JSON.stringify(fromCheckin(initial, units)), [initial, units]);
  useUnsaved(JSON.stringify(form) !== untouched);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // Groups she opened or closed herself this time; the rest follow her pins and her answers.
  const [toggled, setToggled] = useState<Partial<Record<CheckinGroup, boolean>>>({});
  // Her pins as just changed here (shown at once), until her saved profile says the same.
  const [pinning, setPinning] = useState<CheckinGroup[] | null>(null);
  const pinned = pinning ?? pinnedGroupsOf(profile);
  const activeTrackers = useMemo(
    () => trackers.filter((tr) => !tr.archivedAt || tr.id in form.custom),
    [trackers, form.custom],
  );

  const props: GroupProps = { f: form, set: (k, v) => setForm((f) => ({ ...f, [k]: v })), errors, units };
  const isOpen = (g: CheckinGroup) => toggled[g] ?? (pinned.includes(g) || groupHasAnswer(g, form));
  const fields: Record<CheckinGroup, ReactNode> = {
    pain: <PainDetailFields {...props} />,
    sleep: <SleepFields {...props} />,
    mood: <MoodFields {...props} />,
    body: <BodyFields {...props} />,
    measures: <MeasureFields {...props} />,
    day: <DayFields {...props} trackers={activeTrackers} />,
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = checkinInputSchema.safeParse(
      toCandidate(form, units, initial?.recordedAt ?? nowWithOffset()),
    );
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error);
      for (const [from, to] of Object.entries(errorKey)) if (found[from]) found[to] = found[from];
      setErrors(found);
      // A problem inside a closed group must be seen: open it.
      setToggled((was) => ({
        ...was,
        ...Object.fromEntries(checkinGroups.filter((g) => groupHasError(g, found)).map((g) => [g, true])),
      }));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(parsed.data, seen && { seen, changed: changedFields(seen, parsed.data, units) });
      if (!initial) {
        setForm(fromCheckin(undefined, units));
        setToggled({});
      }
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
      <div className="checkin-quick">
        <PainFields {...props} />
      </div>
      <div className="checkin-more">
        {checkinGroups.map((g) => (
          <Group
            key={g}
            title={t(`checkin.groups.${g}`)}
            open={isOpen(g)}
            onToggle={() => setToggled((was) => ({ ...was, [g]: !isOpen(g) }))}
            pinned={pinned.includes(g)}
            onPin={() => {
              // Until her profile is read, a save would write over it with nothing but this pin.
              if (!profile) return;
              const next = togglePinned(pinned, g);
              setPinning(next);
              // Unpinning is about next time: the group stays open now.
              setToggled((was) => ({ ...was, [g]: true }));
              saveProfile.mutate(
                { ...profile, pinnedCheckinGroups: next },
                { onSettled: () => setPinning(null) },
              );
            }}
          >
            {fields[g]}
          </Group>
        ))}
      </div>
      <div className="save-bar row">
        {onCancel && <Button onClick={onCancel}>{t('checkin.cancel')}</Button>}
        <Button type="submit" variant="primary" className="grow" disabled={busy}>
          {initial ? t('checkin.saveChanges') : t('checkin.save')}
        </Button>
      </div>
    </form>
  );
}
