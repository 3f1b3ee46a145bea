import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** Weight, the core, inflammation, and bone health at midlife. */
export const bodyLessons: Lesson[] = [
  defineLesson({
    id: 'weight-and-back',
    title: 'Midlife weight and back pain',
    summary:
      'Higher body weight is linked with more back pain, but whether losing weight eases pain is much less certain, and moving more helps at any size.',
    topics: ['weight-core'],
    grade: 'C',
    gradeReason:
      'A meta-analysis of observational studies shows the link; trials of weight loss for back pain are few.',
    sources: [SOURCES.shiri2010, SOURCES.hayden2021],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Many women notice their weight and shape change in midlife, often around the middle. This is common in the menopause transition, and it is not a personal failing. Hormones, sleep, stress, muscle loss and busy lives all play a part.',
      },
      {
        type: 'p',
        text: 'Studies that pooled data from many thousands of people found that higher body weight goes with more low back pain, more long-lasting pain and more visits to a doctor for it. This is a link seen in observational studies, so it does not prove that weight causes the pain. Both may share causes, such as less activity or poorer sleep.',
      },
      {
        type: 'p',
        text: 'Does losing weight help back pain? It might for some people, but there are few good trials, so no one can promise it. What is well supported is that exercise helps back pain whatever your size. Strength work, walking and other movement bring benefits for pain, mood, sleep and long-term health, whether or not the scales change.',
      },
      {
        type: 'list',
        items: [
          'Focus on what you can do, not on a number: more movement, stronger muscles, better sleep.',
          'Choose activities that feel good in your body today; walking and water exercise are gentle starts.',
          'Strength work helps keep muscle, which tends to fall in midlife.',
          'If you want support with weight, a GP can talk through options that suit you.',
        ],
      },
      {
        type: 'p',
        text: 'Tracking your waist or weight is entirely optional. If it helps you see progress, use it; if it makes you feel worse, leave it out. Your back benefits from movement either way.',
      },
      { type: 'try', text: 'Try a strength session.', link: { kind: 'routine', id: 'strength-a' } },
      { type: 'try', text: 'Read about walking.', link: { kind: 'lesson', id: 'walking' } },
    ],
  }),
  defineLesson({
    id: 'core-strength',
    title: 'The core: what it is and what it is not',
    summary:
      'Core and control exercises help back pain about as much as other exercise, so a strong core is useful but not the single key to a healthy back.',
    topics: ['weight-core', 'movement'],
    grade: 'B',
    gradeReason:
      'A Cochrane review of motor control exercise: better than minimal care, similar to other exercise.',
    sources: [SOURCES.saragiotto2016, SOURCES.yamato2015],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'The core is the group of muscles around your trunk: the deep tummy muscles, the muscles along the spine, the pelvic floor, the diaphragm and the muscles around the hips. Together they steady and move the trunk.',
      },
      {
        type: 'p',
        text: 'For years, a weak core was blamed for back pain, and special exercises to switch on deep muscles were taught as the answer. These are called motor control exercises. A Cochrane review found they do help: people had less pain and did more than with minimal care. But they did about as well as other exercise, not better.',
      },
      {
        type: 'p',
        text: 'So a strong, well-controlled core is worth having, and core work is a good part of a programme. You do not need to hold your tummy in all day, and you do not need to brace your trunk rigidly for everyday movements. A back that moves freely and a core that can work when needed are the aim.',
      },
      {
        type: 'list',
        items: [
          'Dead bugs, bird dogs, bridges and side planks are good all-round core exercises.',
          'Breathe normally during core work; holding your breath raises the strain.',
          'After childbirth or with pelvic floor problems, a women’s health physiotherapist can tailor the exercises.',
          'Avoid sit-ups and crunches if you need to protect your bones; the app’s routines leave them out.',
        ],
      },
      {
        type: 'p',
        text: 'The grade is B: several trials support core work, with limits in size and length of follow-up.',
      },
      {
        type: 'try',
        text: 'Try the Pilates-style core routine.',
        link: { kind: 'routine', id: 'pilates-core-15' },
      },
      {
        type: 'try',
        text: 'Read about strength work and glutes.',
        link: { kind: 'lesson', id: 'strength-and-glutes' },
      },
    ],
  }),
  defineLesson({
    id: 'inflammation',
    title: 'Inflammation: what the word does and does not mean',
    summary:
      'Inflammation is part of how the body heals, and although long-term low-level inflammation is being studied in pain, there is no simple way to "switch it off" for back pain.',
    topics: ['weight-core', 'food'],
    grade: 'D',
    gradeReason: 'The role of low-level inflammation in ordinary back pain is still a research question.',
    sources: [SOURCES.hartvigsen2018, SOURCES.wright2024],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Inflammation is the body’s response to injury or infection: blood flow increases, the area may swell and feel sore, and repair begins. After a strain, some inflammation is part of healing, not something to fear.',
      },
      {
        type: 'p',
        text: 'Researchers are also interested in long-term, low-level inflammation, which tends to rise with age, inactivity, poor sleep, stress and higher body weight. Lower estrogen may add to it. Whether this kind of inflammation drives ordinary back pain, and how much, is not yet known. You will see many products and diets that promise to fight inflammation; the evidence behind them for back pain is weak.',
      },
      {
        type: 'p',
        text: 'A few conditions involve inflammation of the spine itself, such as inflammatory back pain, where the back is stiff for a long time in the morning, eases with movement and is worse with rest. That pattern is worth a GP visit within a couple of weeks; the warning signs lesson lists it with the other signs.',
      },
      {
        type: 'list',
        items: [
          'Regular movement, good sleep and managing stress are all linked with lower inflammation.',
          'A varied diet with plenty of plants is healthy overall, whatever it does for back pain.',
          'Be wary of products that promise to cure inflammation.',
          'Morning stiffness lasting over half an hour that eases with movement is worth mentioning to a GP.',
        ],
      },
      {
        type: 'try',
        text: 'Read about food patterns and back pain.',
        link: { kind: 'lesson', id: 'food-patterns' },
      },
      { type: 'try', text: 'Check the warning signs.', link: { kind: 'lesson', id: 'warning-signs' } },
    ],
  }),
  defineLesson({
    id: 'bone-health',
    title: 'Bone health, osteopenia and osteoporosis',
    summary:
      'Bone loss speeds up around the last period, and strength, impact and balance exercise are among the best ways to look after your bones.',
    topics: ['bone', 'menopause'],
    grade: 'A',
    gradeReason:
      'Bone loss around menopause is well measured in large studies; exercise advice rests on a UK consensus.',
    sources: [SOURCES.greendale2012, SOURCES.brookeWavell2022],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Bone is living tissue that is broken down and rebuilt all the time. Around the menopause, lower estrogen tips the balance towards loss. A large study that followed women through the transition found bone loss speeds up from about a year before the last period to about two years after, at a rate of very roughly two per cent a year, then slows.',
      },
      {
        type: 'p',
        text: 'Osteopenia means bone density is lower than average for a young adult but not low enough to be called osteoporosis. Osteoporosis means bones have become weaker and break more easily, for example the wrist after a fall or a bone in the spine after a small strain. Both are found with a bone density scan, and a GP can assess your fracture risk.',
      },
      {
        type: 'p',
        text: 'The UK consensus on exercise for osteoporosis, led by the Royal Osteoporosis Society, recommends three things: strength training and some impact, such as brisk walking, stair climbing or small jumps if suitable, to load the bones; balance work to prevent falls; and exercises that strengthen the back muscles to support posture.',
      },
      {
        type: 'list',
        items: [
          'Strength training two or three times a week, building up the load gradually.',
          'Some impact most days, at a level that suits you.',
          'Balance practice, such as standing on one leg near a support.',
          'Exercises that strengthen the back extensors, the muscles along the spine.',
          'With osteoporosis, avoid bending the spine far forward under load, such as sit-ups or toe touches; bend from the hips instead.',
        ],
      },
      {
        type: 'p',
        text: 'If you live with osteoporosis or have had a fracture from a small fall, the app can swap exercises for bone-safe versions. Height loss or a more rounded upper back can be a sign of a fracture in the spine and is worth a GP visit.',
      },
      { type: 'try', text: 'Try a strength session.', link: { kind: 'routine', id: 'strength-b' } },
      {
        type: 'try',
        text: 'Read about estrogen and the body.',
        link: { kind: 'lesson', id: 'estrogen-and-tissues' },
      },
    ],
  }),
];
