import type { ErgonomicQuestion } from './question.js';
import { notApplicable } from './question.js';

const noLaptop = "I don't work on a laptop";
const moveMore =
  'Build movement into your day: stand for phone calls, ' +
  'walk to refill your water, or take a walking meeting.';

/** Feet, phone, laptop and breaks: how the desk is used through the day. In our own words. */
export const habitQuestions: readonly ErgonomicQuestion[] = [
  {
    id: 'feet',
    area: 'feet',
    text: 'Where are your feet while you sit?',
    why: 'Feet resting flat give your legs and lower back a steady base.',
    options: [
      { value: 'flat', label: 'Flat on the floor or on a footrest', points: 2 },
      {
        value: 'dangling',
        label: 'Dangling, or only my toes touch',
        points: 0,
        fix: 'Rest your feet on a footrest, a sturdy box or a few thick books so they sit flat.',
      },
      {
        value: 'tucked',
        label: 'Tucked under the chair or wrapped round its legs',
        points: 1,
        fix: 'Bring your feet forward and set them flat; if that feels odd, a footrest often helps.',
      },
    ],
  },
  {
    id: 'legroom',
    area: 'feet',
    text: 'Is there room under the desk for your legs?',
    why: 'Without room for your knees you end up twisted, or sitting back from the desk and reaching.',
    options: [
      { value: 'plenty', label: 'Plenty of room', points: 2 },
      {
        value: 'cramped',
        label: "It's cramped — boxes, drawers or a bar get in the way",
        points: 0,
        fix: 'Clear the space under your desk so you can sit close with your knees pointing straight ahead.',
      },
    ],
  },
  {
    id: 'phone',
    area: 'phone',
    text: 'How do you take calls at your desk?',
    why: 'Holding a phone between ear and shoulder bends your neck sideways and tenses one side.',
    options: [
      { value: 'hands-free', label: 'Headset, earbuds or speaker', points: 2 },
      {
        value: 'in-hand',
        label: 'Holding the phone in my hand',
        points: 1,
        fix: 'For calls longer than a few minutes, switch to earbuds, a headset or the speaker.',
      },
      {
        value: 'shoulder',
        label: 'Squeezed between my ear and shoulder',
        points: 0,
        fix: 'Use earbuds, a headset or the speaker so your head can stay upright during calls.',
      },
      notApplicable('I rarely take calls at my desk'),
    ],
  },
  {
    id: 'laptop-setup',
    area: 'laptop',
    text: 'If you work on a laptop, how is it set up?',
    why: "A laptop's screen and keyboard are joined, so on its own it means a bent neck or raised arms.",
    options: [
      {
        value: 'docked',
        label: 'On a stand or with a separate screen, plus a separate keyboard and mouse',
        points: 2,
      },
      {
        value: 'raised-only',
        label: 'Raised, but I type on the laptop itself',
        points: 1,
        fix:
          'Add a separate keyboard and mouse — simple ones ' +
          'are fine — so screen and hands can each sit right.',
      },
      {
        value: 'flat',
        label: 'Flat on the desk, on my lap or on the sofa',
        points: 0,
        fix:
          'Raise the laptop so the top of its screen is near eye level — a stack of books works — and ' +
          'add a separate keyboard and mouse.',
      },
      notApplicable(noLaptop),
    ],
  },
  {
    id: 'laptop-hours',
    area: 'laptop',
    text: 'On a usual day, how long do you work on the laptop alone, with no stand or separate keyboard?',
    why: 'Short spells are fine; it is hours a day where the strain adds up.',
    options: [
      { value: 'under-1', label: 'Less than an hour', points: 2 },
      {
        value: '1-4',
        label: 'One to four hours',
        points: 1,
        fix:
          'For anything over an hour, move the laptop to a ' +
          'desk with a raised screen and separate keyboard.',
      },
      {
        value: 'over-4',
        label: 'More than four hours',
        points: 0,
        fix:
          'Set up one proper spot for long laptop days — raised ' +
          'screen, separate keyboard — and keep sofa work short.',
      },
      notApplicable(noLaptop),
    ],
  },
  {
    id: 'sitting-stretch',
    area: 'breaks',
    text: 'How long do you usually sit before you get up?',
    why: 'Long spells of sitting are hard on a stiff back; short, regular breaks are easy and low-risk.',
    options: [
      { value: 'under-30', label: 'Less than half an hour', points: 3 },
      {
        value: '30-60',
        label: 'Half an hour to an hour',
        points: 2,
        fix: 'Get up for a minute or two every half hour or so — a stretch, a glass of water, a few steps.',
      },
      {
        value: '1-2h',
        label: 'One to two hours',
        points: 1,
        fix: 'Turn on break reminders and stand up for a minute or two every half hour or so, even mid-task.',
      },
      {
        value: 'over-2h',
        label: 'More than two hours',
        points: 0,
        fix: 'Turn on break reminders and stand up for a minute or two every half hour or so, even mid-task.',
      },
    ],
  },
  {
    id: 'position-changes',
    area: 'breaks',
    text:
      'During the day, do you change position — stand for ' +
      'calls, walk, switch between sitting and standing?',
    why: 'No single posture is perfect for hours; moving between them spreads the load.',
    options: [
      { value: 'often', label: 'Often', points: 2 },
      { value: 'sometimes', label: 'Sometimes', points: 1, fix: moveMore },
      { value: 'rarely', label: 'Rarely', points: 0, fix: moveMore },
    ],
  },
  {
    id: 'lunch-away',
    area: 'breaks',
    text: 'Do you take a lunch break away from your desk?',
    why: 'A real break in the middle of the day gives your back a longer change of position.',
    options: [
      { value: 'most-days', label: 'Most days', points: 2 },
      {
        value: 'sometimes',
        label: 'Sometimes',
        points: 1,
        fix:
          'Eat away from your desk when you can — even a ' +
          '10-minute walk after lunch helps break up the day.',
      },
      {
        value: 'rarely',
        label: 'Rarely — I eat at my desk',
        points: 0,
        fix:
          'Eat away from your desk when you can — even a ' +
          '10-minute walk after lunch helps break up the day.',
      },
    ],
  },
];
