import type { ErgonomicQuestion } from './question.js';
import { notApplicable } from './question.js';

/** Chair, screen, keyboard and mouse: how the desk is set up. In our own words, inspired by ROSA. */
export const setUpQuestions: readonly ErgonomicQuestion[] = [
  {
    id: 'chair-height',
    area: 'chair',
    text: 'Sitting back in your chair, where are your knees compared with your hips?',
    why: "At the right height your thighs rest level, so your lower back isn't pulled out of its curve.",
    options: [
      { value: 'level', label: 'About level, with my feet flat', points: 2 },
      {
        value: 'knees-high',
        label: 'Higher than my hips — the seat feels low',
        points: 0,
        fix: 'Raise your seat until your knees sit about level with your hips.',
      },
      {
        value: 'knees-low',
        label: 'Well below my hips — the seat feels high',
        points: 1,
        fix: 'Lower your seat a little so your thighs rest level; a footrest helps if the desk is high.',
      },
    ],
  },
  {
    id: 'seat-depth',
    area: 'chair',
    text: 'Sitting right back, how much space is there between the seat edge and the backs of your knees?',
    why: 'A seat that is too deep makes you perch forward, away from the backrest.',
    options: [
      { value: 'fist', label: "About a fist's width", points: 2 },
      {
        value: 'none',
        label: 'Hardly any — the edge presses behind my knees',
        points: 0,
        fix:
          'Slide the seat back if it adjusts, or put a firm ' +
          'cushion behind you so a fist fits behind your knees.',
      },
      {
        value: 'lots',
        label: "A lot — more than a hand's width",
        points: 1,
        fix: 'If the seat slides, bring it forward so more of your thighs are supported.',
      },
    ],
  },
  {
    id: 'lumbar-support',
    area: 'chair',
    text: 'Does the chair back fit the curve of your lower back when you lean against it?',
    why: 'Support in the small of your back lets you sit back and relax instead of holding yourself up.',
    options: [
      { value: 'fits', label: 'Yes — it fits and I lean back on it', points: 2 },
      {
        value: 'partly',
        label: 'Partly — it misses the curve, or I perch on the front edge',
        points: 1,
        fix:
          'Set the backrest height so its curve meets the ' +
          'small of your back, then sit right back into it.',
      },
      {
        value: 'none',
        label: 'No — the back is flat, missing or out of reach',
        points: 0,
        fix:
          'Try a small cushion or a rolled-up towel in the ' +
          'small of your back, and let the chair hold you.',
      },
    ],
  },
  {
    id: 'armrests',
    area: 'chair',
    text: 'When you type, what do your armrests do?',
    why: 'Armrests at desk height let your shoulders drop; ones that are too high keep them tense.',
    options: [
      { value: 'relaxed', label: 'My elbows rest on them lightly and my shoulders are relaxed', points: 2 },
      {
        value: 'too-high',
        label: 'They push my shoulders up',
        points: 0,
        fix: "Lower the armrests until your shoulders drop, or take them off if they won't go low enough.",
      },
      {
        value: 'too-low',
        label: 'They are too low or too wide — I lean to reach them',
        points: 0,
        fix: 'Raise the armrests or bring them in so your elbows rest on them without leaning.',
      },
      {
        value: 'in-the-way',
        label: 'They stop me getting close to the desk',
        points: 1,
        fix: 'Lower the armrests or swing them back so you can pull right up to the desk.',
      },
      notApplicable('My chair has no armrests'),
    ],
  },
  {
    id: 'screen-height',
    area: 'screen',
    text: 'Sitting upright and looking straight ahead, where do your eyes meet the screen?',
    why: 'A low screen tips your head forward, and its weight pulls on your neck and upper back.',
    options: [
      { value: 'top-line', label: 'At or just below the top line of text', points: 2 },
      {
        value: 'too-low',
        label: 'Above the top of the screen — I look down at it',
        points: 0,
        fix:
          'Raise your screen so the top line of text is at or ' +
          'slightly below eye level — a stack of books works.',
      },
      {
        value: 'too-high',
        label: 'Well below the top — I tip my head back to see it',
        points: 0,
        fix:
          'Lower the screen until the top line of text is at or ' +
          'just below eye level (a bit lower with varifocals).',
      },
    ],
  },
  {
    id: 'screen-distance',
    area: 'screen',
    text: 'How far away is your screen?',
    why: 'At a comfortable distance you can read without craning forward.',
    options: [
      { value: 'arm', label: "About an arm's length", points: 2 },
      {
        value: 'far',
        label: 'Further — I lean in to read it',
        points: 0,
        fix:
          "Bring the screen to about an arm's length, or make the text bigger so you can read sitting " +
          'back.',
      },
      {
        value: 'close',
        label: 'Closer — it feels right in my face',
        points: 1,
        fix: "Push the screen back to about an arm's length, and enlarge the text if you need to.",
      },
    ],
  },
  {
    id: 'screen-position',
    area: 'screen',
    text: 'Is your screen straight in front of you?',
    why: 'Turning your head to one side for hours keeps one side of your neck working all day.',
    options: [
      { value: 'centred', label: 'Yes, straight ahead', points: 2 },
      {
        value: 'two-screens',
        label: 'I have two screens and turn between them a lot',
        points: 1,
        fix: 'Put the screen you use most straight ahead and the other beside it, angled in.',
      },
      {
        value: 'to-the-side',
        label: 'No, it is off to one side',
        points: 0,
        fix: 'Move the screen so it sits straight ahead of you, in line with your keyboard.',
      },
    ],
  },
  {
    id: 'keyboard-position',
    area: 'keyboard_mouse',
    text: 'When you type, where are your hands and elbows?',
    why: 'Typing with relaxed arms close to your body keeps strain off your shoulders and upper back.',
    options: [
      {
        value: 'close',
        label: 'Keyboard close, elbows bent about square, wrists fairly straight',
        points: 2,
      },
      {
        value: 'reaching',
        label: 'I reach forward to the keyboard',
        points: 0,
        fix: 'Bring the keyboard to the front of the desk so your elbows can stay by your sides.',
      },
      {
        value: 'high',
        label: 'The keyboard feels high — my shoulders lift or my wrists bend up',
        points: 0,
        fix:
          'Raise your chair (with a footrest if needed) so your elbows are level with the keys; fold ' +
          "the keyboard's feet away.",
      },
    ],
  },
  {
    id: 'mouse-position',
    area: 'keyboard_mouse',
    text: 'Where is your mouse?',
    why: 'Reaching out for the mouse again and again tires the shoulder.',
    options: [
      { value: 'beside', label: 'Right beside the keyboard, in easy reach', points: 2 },
      {
        value: 'reach',
        label: 'A stretch away — I reach out or to the side',
        points: 0,
        fix: 'Bring the mouse right next to your keyboard; a compact keyboard without a number pad helps.',
      },
      {
        value: 'trackpad',
        label: 'I mostly use a laptop trackpad',
        points: 1,
        fix: 'Try a separate mouse beside the keyboard, so your hand can rest close to your body.',
      },
    ],
  },
  {
    id: 'wrists',
    area: 'keyboard_mouse',
    text: 'How do your wrists sit when you type or use the mouse?',
    why: 'Bent wrists and hard edges press on the tendons and nerves that run through them.',
    options: [
      { value: 'straight', label: 'Straight and relaxed', points: 2 },
      {
        value: 'bent',
        label: 'Bent up, down or sideways',
        points: 0,
        fix:
          'Keep your wrists in line with your forearms: lower ' +
          'the keyboard and move the mouse from the elbow.',
      },
      {
        value: 'pressed',
        label: 'Resting on the hard edge of the desk or laptop',
        points: 1,
        fix: 'Rest your palms on something soft between bursts of typing — a folded towel works.',
      },
    ],
  },
];
