/**
 * Areas of the desk self-check, in priority order. When two fixes would gain the same number of
 * points, the one in the earlier area comes first: unbroken sitting is the strain the breaks
 * feature exists for; the chair holds the lower back directly; the screen sets where the head
 * and upper back go; a laptop on its own forces a bent neck or raised arms; then arms and hands,
 * feet as the chair's base, and phone calls, which are usually short.
 */
export const ergonomicAreaIds = [
  'breaks',
  'chair',
  'screen',
  'laptop',
  'keyboard_mouse',
  'feet',
  'phone',
] as const;
export type ErgonomicAreaId = (typeof ergonomicAreaIds)[number];

/** A source for an area's advice, graded A–D as in clinical/evidence-notes.md. */
export interface ErgonomicSource {
  title: string;
  grade: 'A' | 'B' | 'C' | 'D';
}

export interface ErgonomicArea {
  id: ErgonomicAreaId;
  label: string;
  /** What the evidence says, in plain words, shown beside the area's fixes. */
  note: string;
  sources: ErgonomicSource[];
}

// Evidence notes, "Ergonomic set-up": office assessment tools find risky set-ups; changing helps some (C).
const deskChecklist: ErgonomicSource = {
  title: 'Sonne, Villalta & Andrews, Applied Ergonomics (2012): an office ergonomics risk checklist (ROSA)',
  grade: 'C',
};
const setUpNote =
  'Checklists like this one pick out desk set-ups that go with more discomfort. Changing the set-up ' +
  'helps some people, but the evidence is modest, so see what makes a difference for you.';

export const ergonomicAreas: readonly ErgonomicArea[] = [
  {
    id: 'breaks',
    label: 'Breaks and moving',
    note:
      'Sit-stand desks and prompts cut sitting time; whether that eases back pain is small or ' +
      'uncertain. Short, regular breaks are low-risk and sensible.',
    // Evidence notes, "Sitting and breaks" (C).
    sources: [
      {
        title:
          'Shrestha et al., Cochrane review of workplace interventions for reducing sitting at work (2018)',
        grade: 'C',
      },
    ],
  },
  {
    id: 'chair',
    label: 'Chair',
    note: `${setUpNote} A lumbar cushion is a comfort measure with little direct evidence; worth a try.`,
    // Evidence notes, "Lumbar cushion, car and travel set-up" (D).
    sources: [
      deskChecklist,
      { title: 'Lumbar cushions: comfort measure, little direct evidence', grade: 'D' },
    ],
  },
  { id: 'screen', label: 'Screen', note: setUpNote, sources: [deskChecklist] },
  { id: 'laptop', label: 'Laptop', note: setUpNote, sources: [deskChecklist] },
  { id: 'keyboard_mouse', label: 'Keyboard and mouse', note: setUpNote, sources: [deskChecklist] },
  { id: 'feet', label: 'Feet and legroom', note: setUpNote, sources: [deskChecklist] },
  { id: 'phone', label: 'Phone calls', note: setUpNote, sources: [deskChecklist] },
];

/** How long to wait before suggesting the check again. */
export const ergonomicRecheckDays = 28;
