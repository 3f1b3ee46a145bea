import { describe, expect, it } from 'vitest';
import type { ExperimentPeriod } from '../experiments/schema.js';
import type { ExperimentSwitchSource } from './experiments.js';
import { type ReminderInputs, upcomingReminders } from './next.js';
import {
  defaultReminderSettings,
  type ReminderSettings,
  reminderSettingsSchema,
  storedReminderSettingsSchema,
} from './schema.js';

const ID = '0b5a3c1e-4f2d-4e8a-9c7b-6d5e4f3a2b1c';
/** Three-day periods from Thursday 26 March 2026; the second starts on the day London and Berlin change clocks. */
const schedule: ExperimentPeriod[] = [
  { start: '2026-03-26', end: '2026-03-28', condition: 'intervention' },
  { start: '2026-03-29', end: '2026-03-31', condition: 'control' },
  { start: '2026-04-01', end: '2026-04-03', condition: 'control' },
  { start: '2026-04-04', end: '2026-04-06', condition: 'intervention' },
];
const cushion: ExperimentSwitchSource = {
  id: ID,
  title: 'Lumbar cushion',
  intervention: 'Sit with a lumbar cushion all day.',
  control: 'Sit as you usually do, without the cushion.',
  status: 'running',
  schedule,
};

function inputs(
  settings: Partial<ReminderSettings>,
  experiments: ExperimentSwitchSource[] = [cushion],
  over: Partial<ReminderInputs> = {},
): ReminderInputs {
  return {
    settings: {
      ...defaultReminderSettings('Europe/London'),
      quietHours: null,
      experiments: { enabled: true },
      ...settings,
    },
    checkinDates: new Set(),
    plan: null,
    sessions: [],
    routineName: () => undefined,
    lastCompleted: {},
    optedIn: false,
    forecast: null,
    nextLesson: null,
    experiments,
    ...over,
  };
}
const experimentItems = (i: ReminderInputs, from: string, count = 50) =>
  upcomingReminders(i, Date.parse(from), count).filter((item) => item.kind === 'experiment');

describe('experiment reminders', () => {
  it('come on the first day of each period at 08:00 local, across the spring clock change', () => {
    const items = experimentItems(inputs({}), '2026-03-25T20:00:00Z');
    expect(items.map((i) => i.at)).toEqual([
      '2026-03-26T08:00:00.000Z',
      '2026-03-29T08:00:00.000+01:00',
      '2026-04-01T08:00:00.000+01:00',
      '2026-04-04T08:00:00.000+01:00',
    ]);
    expect(items[1]).toMatchObject({
      kind: 'experiment',
      url: `/experiments/${ID}`,
      refId: ID,
      key: `experiment:${ID}:2026-03-29`,
    });
  });

  it('name the condition that starts only on its day: listed earlier they say a new part starts', () => {
    const [first, second] = experimentItems(inputs({}), '2026-03-25T20:00:00Z');
    expect(first?.title).toBe('Your experiment “Lumbar cushion” starts today. Open it to see what to do.');
    expect(second?.title).toBe(
      'Your experiment “Lumbar cushion” moves on to its next part today. Open it to see what to do.',
    );
    // On the day (before 08:00 BST): the switch, the same plan again, back to the cushion.
    const onDay = (date: string) => experimentItems(inputs({}), `${date}T06:30:00Z`, 1)[0]?.title;
    expect(onDay('2026-03-29')).toBe(
      'Your experiment “Lumbar cushion” switches today. From today: Sit as you usually do, without the cushion.',
    );
    expect(onDay('2026-04-01')).toBe(
      'Your experiment “Lumbar cushion” moves on to its next part today, with the same plan: Sit as you usually do, without the cushion.',
    );
    expect(onDay('2026-04-04')).toBe(
      'Your experiment “Lumbar cushion” switches today. From today: Sit with a lumbar cushion all day.',
    );
    expect(experimentItems(inputs({}), '2026-03-26T07:00:00Z', 1)[0]?.title).toBe(
      'Your experiment “Lumbar cushion” starts today. To begin: Sit with a lumbar cushion all day.',
    );
  });

  it('are written in her language around the experiment’s own words (given in her language)', () => {
    const kissen = {
      ...cushion,
      title: 'Lendenkissen',
      intervention: 'Sitz den ganzen Tag mit einem Lendenkissen.',
      control: 'Sitz wie gewohnt, ohne das Kissen.',
    };
    const de = inputs({}, [kissen], { locale: 'de' });
    expect(experimentItems(de, '2026-03-29T06:30:00Z', 1)[0]?.title).toBe(
      'Dein Experiment „Lendenkissen“ wechselt heute. Ab heute gilt: Sitz wie gewohnt, ohne das Kissen.',
    );
    const es = inputs({}, [{ ...cushion, title: 'Cojín lumbar', control: 'Siéntate como siempre.' }], {
      locale: 'es',
    });
    expect(experimentItems(es, '2026-03-29T06:30:00Z', 1)[0]?.title).toBe(
      'Tu experimento «Cojín lumbar» cambia hoy. A partir de hoy: Siéntate como siempre.',
    );
  });

  it('come at her first check-in reminder time that day, else 08:00, moved out of quiet hours', () => {
    // Check-ins Monday to Friday at 20:30 and 07:15; quiet until 07:30. 26 March and 1 April are
    // weekdays, 29 March and 4 April weekend days.
    const settings = {
      checkin: { enabled: true, times: ['20:30', '07:15'], days: [1, 2, 3, 4, 5] },
      quietHours: { start: '22:00', end: '07:30' },
    };
    const items = experimentItems(inputs(settings), '2026-03-25T20:00:00Z');
    expect(items.map((i) => i.at)).toEqual([
      '2026-03-26T07:30:00.000Z',
      '2026-03-29T08:00:00.000+01:00',
      '2026-04-01T07:30:00.000+01:00',
      '2026-04-04T08:00:00.000+01:00',
    ]);
  });

  it('keep 08:00 local across the clock change in New York (8 March 2026)', () => {
    const ny: ExperimentSwitchSource = {
      ...cushion,
      schedule: [
        { start: '2026-03-07', end: '2026-03-07', condition: 'control' },
        { start: '2026-03-08', end: '2026-03-09', condition: 'intervention' },
        { start: '2026-03-10', end: '2026-03-11', condition: 'control' },
      ],
    };
    const items = experimentItems(inputs({ timeZone: 'America/New_York' }, [ny]), '2026-03-06T12:00:00Z');
    expect(items.map((i) => i.at)).toEqual([
      '2026-03-07T08:00:00.000-05:00',
      '2026-03-08T08:00:00.000-04:00',
      '2026-03-10T08:00:00.000-04:00',
    ]);
  });

  it('come for nothing already past: not for earlier periods, nor today once its time has gone', () => {
    const items = experimentItems(inputs({}), '2026-03-29T09:00:00Z');
    expect(items.map((i) => i.key)).toEqual([`experiment:${ID}:2026-04-01`, `experiment:${ID}:2026-04-04`]);
  });

  it.each(['paused', 'stopped', 'done'] as const)('come for nothing while the experiment is %s', (status) => {
    expect(experimentItems(inputs({}, [{ ...cushion, status }]), '2026-03-25T20:00:00Z')).toEqual([]);
  });

  it('a planned experiment reminds from its first day; none at all while the setting is off', () => {
    const planned = { ...cushion, status: 'planned' as const };
    expect(experimentItems(inputs({}, [planned]), '2026-03-20T12:00:00Z')).toHaveLength(4);
    expect(
      experimentItems(inputs({ experiments: { enabled: false } }, [planned]), '2026-03-20T12:00:00Z'),
    ).toEqual([]);
  });

  it('a reminder at midnight names its condition when asked for a moment before (as the push job asks)', () => {
    const settings = { checkin: { enabled: true, times: ['00:00'], days: [1, 2, 3, 4, 5, 6, 7] } };
    // 1 April 00:00 BST is 31 March 23:00 UTC; the job asks from one millisecond before.
    const atMs = Date.parse('2026-03-31T23:00:00Z');
    const [item] = upcomingReminders(inputs(settings), atMs - 1, 5).filter((i) => i.kind === 'experiment');
    expect(item).toMatchObject({ kind: 'experiment', at: '2026-04-01T00:00:00.000+01:00' });
    expect(item?.title).toContain('with the same plan: Sit as you usually do');
  });
});

describe('the experiments setting', () => {
  it('is off by default; a stored document saved before it existed reads as off', () => {
    const settings = defaultReminderSettings('Europe/London');
    expect(settings.experiments).toEqual({ enabled: false });
    const { experiments: _, ...older } = settings;
    expect(storedReminderSettingsSchema.parse(older)).toEqual(settings);
    expect(storedReminderSettingsSchema.parse({ ...settings, experiments: { enabled: true } })).toEqual({
      ...settings,
      experiments: { enabled: true },
    });
  });

  it('is required when she saves, and unknown fields stay refused either way', () => {
    const { experiments: _, ...older } = defaultReminderSettings('Europe/London');
    expect(reminderSettingsSchema.safeParse(older).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'experiments',
    ]);
    const extra = { ...defaultReminderSettings('Europe/London'), experiments: { enabled: true, extra: 1 } };
    expect(reminderSettingsSchema.safeParse(extra).success).toBe(false);
    expect(storedReminderSettingsSchema.safeParse(extra).success).toBe(false);
    expect(storedReminderSettingsSchema.safeParse({ ...older, snooze: true }).success).toBe(false);
  });
});
