import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** Exercise in general, walking, strength and glutes, Pilates. */
export const movementLessons: Lesson[] = [
  defineLesson({
    id: 'exercise-helps',
    title: 'Why movement helps a sore back',
    summary:
      'Exercise reduces pain and helps you do more with long-lasting back pain, and the best kind is the one you will keep doing.',
    topics: ['movement'],
    grade: 'A',
    gradeReason: 'A large Cochrane review of many trials, and the NICE guideline, both support exercise.',
    sources: [SOURCES.hayden2021, SOURCES.niceNg59],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'When your back hurts, moving can feel like the wrong thing to do. Yet exercise is one of the best-supported treatments for back pain that has lasted more than a few months. A large review that pooled well over two hundred trials found that exercise reduced pain and helped people do more in daily life, compared with no treatment or usual care. The UK guideline also recommends exercise for low back pain.',
      },
      {
        type: 'p',
        text: 'Which exercise is best? Trials of walking, strength work, Pilates, yoga, stretching and mixed programmes all show benefits, and the differences between them are small. What matters most is that you do it regularly, so the best exercise is one you enjoy, can fit into your week and can keep up.',
      },
      {
        type: 'p',
        text: 'How does it help? Exercise makes muscles stronger and joints less stiff, but that is only part of it. It also calms an over-protective nervous system, lifts mood, improves sleep and builds confidence that your back can be trusted. Those changes matter as much as the muscles.',
      },
      {
        type: 'list',
        items: [
          'Start smaller than you think you need to, and build up week by week.',
          'Mix it up: something for strength, something for stamina, something for suppleness.',
          'Aim for regular sessions rather than occasional big ones.',
          'Expect some ups and downs: a flare is not a sign of damage.',
        ],
      },
      {
        type: 'p',
        text: 'A little discomfort while exercising is normal and usually safe. The lesson on pain during exercise explains how much is fine and when to ease off.',
      },
      {
        type: 'p',
        text: 'The effects in trials are real but moderate: exercise rarely makes pain disappear, but it often makes it smaller and easier to live with. That is worth having.',
      },
      { type: 'try', text: 'Try a short mobility routine now.', link: { kind: 'routine', id: 'morning-5' } },
      {
        type: 'try',
        text: 'Read how much pain during exercise is fine.',
        link: { kind: 'lesson', id: 'pain-during-exercise' },
      },
    ],
  }),
  defineLesson({
    id: 'walking',
    title: 'Walking: simple, free and backed by a trial',
    summary:
      'A walking programme built up over months, with some coaching, helped people stay free of back pain for longer.',
    topics: ['movement'],
    grade: 'B',
    gradeReason: 'One large, well-run randomised trial (WalkBack); more trials would make it firmer.',
    sources: [SOURCES.pocovi2024, SOURCES.niceNg59],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Walking needs no kit, no class and no special skill. For back pain, it now has good trial evidence too. In the WalkBack trial in Australia, about seven hundred adults who had just recovered from an episode of low back pain were split into two groups. One group followed a walking programme that built up gradually over six months, with a few sessions of coaching from a physiotherapist. The other group had no programme.',
      },
      {
        type: 'p',
        text: 'The walking group went roughly twice as long, on average, before their next episode of back pain that limited their daily activities. They were also less likely to need care for a new episode. Most of the people in the trial were women, with an average age in the mid-fifties.',
      },
      {
        type: 'p',
        text: 'The programme did not ask for long walks at the start. People began at a level that felt comfortable and added a little at a time, aiming for about half an hour on most days by the end. Going slowly was part of the plan.',
      },
      {
        type: 'list',
        items: [
          'Start with a walk that feels easy, even if it is only ten minutes.',
          'Add a few minutes each week, not each day.',
          'Walk at a pace where you can still talk.',
          'If a walk flares your back, go back to the last amount that felt fine.',
          'Comfortable shoes help; a flat route is kinder at first.',
        ],
      },
      {
        type: 'p',
        text: 'This is one trial, though a large and careful one, so the grade is B. Walking is also good for the heart, mood, sleep and bones, so there is little to lose by trying it.',
      },
      {
        type: 'try',
        text: 'Try a desk break that gets you on your feet.',
        link: { kind: 'routine', id: 'desk-stand-up' },
      },
    ],
  }),
  defineLesson({
    id: 'strength-and-glutes',
    title: 'Strength work, glutes and your back',
    summary:
      'Strength training helps back pain and protects muscle and bone in midlife, and working the buttock and hip muscles is a sensible part of it.',
    topics: ['movement', 'weight-core'],
    grade: 'B',
    gradeReason:
      'Trials support strength and control exercise; evidence for the glutes in particular is more modest.',
    sources: [SOURCES.hayden2021, SOURCES.saragiotto2016, SOURCES.brookeWavell2022],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Strength training means working your muscles against a load: your own body weight, a resistance band or weights. Reviews of trials find that strength and control exercises reduce pain and improve function in long-lasting low back pain, about as well as other kinds of exercise.',
      },
      {
        type: 'p',
        text: 'In midlife there is a second reason to do it. Muscle mass and strength fall with age and after the menopause, and bone loss speeds up. Muscles and bones both respond to being loaded, at any age. The UK consensus on exercise for bone health recommends strength training as a core part of keeping bones strong.',
      },
      {
        type: 'p',
        text: 'Why the glutes? The buttock muscles extend and steady the hips. They take load off the lower back when you stand up, climb stairs, lift or walk. Many people who sit a lot find them weak. Strengthening them is a reasonable aim and is part of most back programmes, but trials that test glute work on its own are few, so we keep expectations modest.',
      },
      {
        type: 'list',
        items: [
          'Two or three sessions a week, with a rest day in between, is a good rhythm.',
          'Choose a load you can lift with good form for a set of about ten to twelve.',
          'Add a little load or a few more repetitions when it starts to feel easy.',
          'Sit-to-stands, bridges, rows and calf raises cover a lot of ground.',
          'Some muscle soreness a day or two later is normal at first.',
        ],
      },
      {
        type: 'p',
        text: 'If you live with osteoporosis or have had a fracture from a small fall, the strength routines in the app can swap in bone-safe versions. A physiotherapist can help you build up the load safely.',
      },
      { type: 'try', text: 'Try Strength A.', link: { kind: 'routine', id: 'strength-a' } },
      { type: 'try', text: 'Then its partner, Strength B.', link: { kind: 'routine', id: 'strength-b' } },
    ],
  }),
  defineLesson({
    id: 'pilates',
    title: 'Pilates for back pain',
    summary:
      'Pilates gives small to moderate improvements in pain and function compared with doing little, and it is about as good as other exercise.',
    topics: ['movement', 'weight-core'],
    grade: 'B',
    gradeReason: 'A Cochrane review of ten trials with small numbers and mostly short follow-up.',
    sources: [SOURCES.yamato2015],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Pilates is a form of exercise built on slow, controlled movements, careful breathing and attention to the deep muscles of the trunk and hips. Many physiotherapists use Pilates-style exercises for back pain, and classes are widely available.',
      },
      {
        type: 'p',
        text: 'A Cochrane review gathered ten trials of Pilates for low back pain. Compared with minimal treatment, such as a leaflet, Pilates reduced pain and improved daily function by a small to moderate amount in the short term. Compared with other types of exercise, it did about as well, not better. The trials were small and most followed people for only a few months, so the evidence is graded B.',
      },
      {
        type: 'p',
        text: 'So Pilates is a good choice if you enjoy it and it suits you. It is not a special cure, and you should not feel you are missing out if you prefer walking, swimming or a gym. The benefit seems to come from regular, progressive exercise rather than from anything unique to the method.',
      },
      {
        type: 'list',
        items: [
          'Look for a teacher who asks about your back and adapts the exercises.',
          'Move slowly and breathe steadily; there is no need to hold your breath.',
          'Leave out exercises that round your back forward under load if you need to protect your bones.',
          'Two sessions a week is a common starting point.',
        ],
      },
      {
        type: 'p',
        text: 'The Pilates-style routine in the app is done mostly lying down and takes about fifteen minutes.',
      },
      {
        type: 'try',
        text: 'Try the Pilates-style core routine.',
        link: { kind: 'routine', id: 'pilates-core-15' },
      },
    ],
  }),
];
