import { z } from 'zod';

export const checklistIds = ['sleep', 'travel'] as const;
export type ChecklistId = (typeof checklistIds)[number];

/** One tickable set-up tip. `why` says the reason in plain words; sources and grades are in the README. */
export interface ChecklistItem {
  id: string;
  checklist: ChecklistId;
  text: string;
  why: string;
  /** A routine that goes with the tip, by id in the exercise catalogue. */
  routineId?: string;
  /** The lesson that explains the tip (`lessonById`), where one fits. */
  lessonId?: string;
}

const sleep: ChecklistItem[] = [
  {
    id: 'sleep-side-knee-pillow',
    checklist: 'sleep',
    text: 'Sleeping on your side? Put a pillow between your knees.',
    why: 'It stops the top leg dropping forward, which twists the pelvis and lower back through the night.',
    lessonId: 'mattress-and-night-pain',
  },
  {
    id: 'sleep-back-knee-pillow',
    checklist: 'sleep',
    text: 'Sleeping on your back? Try a pillow under your knees.',
    why: 'With the knees a little bent, the lower back can rest with less arch and strain.',
    lessonId: 'mattress-and-night-pain',
  },
  {
    id: 'sleep-position',
    checklist: 'sleep',
    text: 'Pick the position that feels easiest, on your side or back, and change it if you wake stiff.',
    why: 'No single sleeping position suits everyone; comfort is the best guide.',
    lessonId: 'mattress-and-night-pain',
  },
  {
    id: 'sleep-mattress-medium-firm',
    checklist: 'sleep',
    text: 'If you are choosing a mattress, try a medium-firm one rather than a very hard one.',
    why: 'In a trial with people with long-lasting low back pain, medium-firm did better than firm. A mattress that sags in the middle strains the back too.',
    lessonId: 'mattress-and-night-pain',
  },
  {
    id: 'sleep-pillow-height',
    checklist: 'sleep',
    text: 'Use a pillow that keeps your head in line with your spine.',
    why: 'A pillow that is too high or too flat bends the neck for hours.',
    lessonId: 'mattress-and-night-pain',
  },
  {
    id: 'sleep-get-up-on-side',
    checklist: 'sleep',
    text: 'Get out of bed by rolling onto your side, dropping your legs over the edge and pushing up with your arms.',
    why: 'It avoids twisting and sitting straight up, which can hurt when the back is stiff in the morning.',
  },
  {
    id: 'sleep-wind-down',
    checklist: 'sleep',
    text: 'Do a short, gentle routine in the evening.',
    why: 'Easy movement and slow breathing can loosen a stiff back and help you settle before bed.',
    lessonId: 'tension-and-mindfulness',
    routineId: 'evening-wind-down-10',
  },
  {
    id: 'sleep-regular-times',
    checklist: 'sleep',
    text: 'Keep regular times for going to bed and getting up.',
    why: 'Poor sleep and next-day pain are linked; a steady rhythm is one of the simplest ways to protect sleep.',
    lessonId: 'sleep-pain-loop',
  },
];

const travel: ChecklistItem[] = [
  {
    id: 'travel-car-lumbar-support',
    checklist: 'travel',
    text: 'Put a small cushion or rolled towel at the small of your back in the car.',
    why: 'It keeps the natural curve of the lower back on long drives. A comfort measure worth trying.',
    lessonId: 'lumbar-support',
  },
  {
    id: 'travel-car-seat-setup',
    checklist: 'travel',
    text: 'Set up the car seat: sit right back, knees about level with hips, the backrest slightly reclined, and the pedals in reach without stretching.',
    why: 'A seat too far back or too upright makes you slump or reach, which loads the back for the whole journey.',
    lessonId: 'travel-and-car',
  },
  {
    id: 'travel-car-mirrors-last',
    checklist: 'travel',
    text: 'Adjust the mirrors after the seat, while sitting well.',
    why: 'Then the mirrors remind you to sit back up when you start to slump.',
    lessonId: 'travel-and-car',
  },
  {
    id: 'travel-drive-hourly-stops',
    checklist: 'travel',
    text: 'On long drives, stop about every hour to walk and stretch for a few minutes.',
    why: 'Long unbroken sitting is a common trigger for stiffness and pain; a short walk resets it.',
    lessonId: 'travel-and-car',
    routineId: 'travel-stretch-5',
  },
  {
    id: 'travel-flight-aisle-seat',
    checklist: 'travel',
    text: 'Choose an aisle seat when you fly.',
    why: 'You can stand up and walk whenever you need to without asking anyone to move.',
    lessonId: 'travel-and-car',
  },
  {
    id: 'travel-flight-move-hourly',
    checklist: 'travel',
    text: 'On flights, stand up, walk the aisle or do seated stretches about every hour.',
    why: 'Moving regularly eases stiffness, and it is good for the circulation in your legs.',
    lessonId: 'travel-and-car',
    routineId: 'travel-stretch-5',
  },
  {
    id: 'travel-luggage-wheels',
    checklist: 'travel',
    text: 'Take luggage with wheels, and pack two lighter bags rather than one heavy one.',
    why: 'Rolling and splitting the load spares the back from carrying weight on one side.',
    lessonId: 'travel-and-car',
  },
  {
    id: 'travel-luggage-lifting',
    checklist: 'travel',
    text: 'Lift bags close to your body, bending at hips and knees, and turn with your feet rather than twisting. Ask for help with overhead lockers.',
    why: 'A load held far from the body or lifted while twisting puts the most strain on the back.',
    lessonId: 'travel-and-car',
  },
  {
    id: 'travel-backpack-both-straps',
    checklist: 'travel',
    text: 'Carry a backpack on both shoulders.',
    why: 'One strap pulls you to one side for as long as you carry it.',
  },
];

/** The sleep and travel set-up checklists, in the order they are shown. */
export const checklistItems: readonly ChecklistItem[] = [...sleep, ...travel];

/** The item with this id, or `undefined`. */
export function checklistItemById(id: string): ChecklistItem | undefined {
  return checklistItems.find((item) => item.id === id);
}

/** Body of `PUT /checklists/:itemId`. */
export const checklistTickSchema = z.strictObject({
  ticked: z.boolean({ error: 'Ticked is true or false.' }),
});
export type ChecklistTick = z.infer<typeof checklistTickSchema>;
