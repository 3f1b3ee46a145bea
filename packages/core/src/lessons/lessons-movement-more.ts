import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** Yoga, swimming, stretching, and how much pain during exercise is fine. */
export const moreMovementLessons: Lesson[] = [
  defineLesson({
    id: 'yoga',
    title: 'Yoga for back pain',
    summary:
      'Yoga brings small to moderate gains in back function compared with no exercise, and about the same as other exercise.',
    topics: ['movement', 'stress-mood'],
    grade: 'B',
    gradeReason: 'A Cochrane review of 21 trials; the certainty ranges from low to moderate.',
    sources: [SOURCES.wieland2022],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Yoga combines postures, breathing and focused attention. For back pain, a Cochrane review from 2022 gathered 21 trials with over two thousand people; most were women in their forties or fifties. Compared with no exercise, yoga led to small improvements in back-related function and pain over several months.',
      },
      {
        type: 'p',
        text: 'Compared with other back exercise, such as physiotherapy exercises, yoga did about the same. So yoga is a good option, not a better one. Its mix of movement, breathing and calm attention may suit you especially if stress and tension are part of your pain.',
      },
      {
        type: 'p',
        text: 'Side effects were mostly mild, such as a short-lived increase in back pain, and happened about as often as with other exercise. Going gently and choosing a suitable class keeps the risk low.',
      },
      {
        type: 'list',
        items: [
          'Choose a gentle or beginners class, or a teacher used to back pain.',
          'Move within comfort: a stretch should feel like a stretch, not a sharp pain.',
          'Skip deep forward folds and strong twists if you need to protect your bones; the app can swap them.',
          'Use blocks, cushions or a chair to make postures easier.',
        ],
      },
      {
        type: 'p',
        text: 'You do not need to be flexible to start. Many postures can be done on a chair or against a wall, and a good teacher will offer easier versions. Short, regular practice at home, even ten minutes a few times a week, is a realistic way to keep it going between classes.',
      },
      {
        type: 'p',
        text: 'The evidence grade is B because the trials vary in quality and style of yoga, and many are small. The overall picture, though, is consistent: yoga helps about as much as other exercise.',
      },
      { type: 'try', text: 'Try the gentle yoga routine.', link: { kind: 'routine', id: 'gentle-yoga-15' } },
    ],
  }),
  defineLesson({
    id: 'swimming',
    title: 'Swimming and water exercise',
    summary:
      'Swimming and water exercise are a gentle way to stay active with back pain, though there are few trials of swimming on its own.',
    topics: ['movement'],
    grade: 'D',
    gradeReason:
      'Exercise in general is well supported (A), but trials of swimming itself for back pain are few.',
    sources: [SOURCES.hayden2021, SOURCES.brookeWavell2022],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Water holds up much of your body weight, so moving in a pool can feel easier and less painful than moving on land. Warm water can also help muscles relax. For many people with back pain, a pool is the place where exercise first feels possible.',
      },
      {
        type: 'p',
        text: 'What does the evidence say? Exercise as a whole clearly helps long-lasting back pain, and the best type is the one you keep doing. There are some trials of exercise in water, but very few that test swimming lengths on its own for back pain. So we cannot say swimming is better or worse than other exercise; we can say it is a reasonable choice if you enjoy it.',
      },
      {
        type: 'p',
        text: 'One thing to know: because the water carries your weight, swimming does little to load your bones. The UK consensus on exercise for bone health suggests adding strength work and some weight-bearing activity, such as walking, alongside swimming.',
      },
      {
        type: 'list',
        items: [
          'Try walking in the pool or an aqua class if swimming strokes hurt.',
          'Front crawl and backstroke keep the back long; vary your strokes.',
          'Breaststroke with your head held high arches the neck and lower back; a float or snorkel can help.',
          'Warm pools are often gentler on stiff joints.',
          'Pair pool sessions with strength work on land for your bones.',
        ],
      },
      {
        type: 'p',
        text: 'The grade for swimming itself is D, because it has hardly been tested alone. That does not mean it does not help; it means the trials have not been done.',
      },
      {
        type: 'try',
        text: 'Add a strength session on dry land.',
        link: { kind: 'routine', id: 'strength-a' },
      },
    ],
  }),
  defineLesson({
    id: 'stretching',
    title: 'Stretching: helpful, but not enough on its own',
    summary:
      'Stretching can ease stiffness and feel good, but on its own it has less evidence for back pain than strength or mixed exercise.',
    topics: ['movement', 'posture-sitting'],
    grade: 'D',
    gradeReason:
      'Stretching is part of many programmes that work, but it has little evidence as a treatment by itself.',
    sources: [SOURCES.owen2020, SOURCES.hayden2021],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'After a long day of sitting, tight hips and hamstrings and a stiff back are common. Stretching feels good for many people, and it is part of most back exercise programmes. Gentle stretching is also a good way to start moving when pain makes bigger movements feel hard.',
      },
      {
        type: 'p',
        text: 'The evidence for stretching on its own is weaker than for other exercise. A 2020 analysis that compared many kinds of exercise found no clear benefit of stretching alone over no exercise for pain or function, while Pilates, strength work and control exercises came out ahead. That is why this lesson is graded D for stretching by itself.',
      },
      {
        type: 'p',
        text: 'So think of stretching as one ingredient rather than the whole meal. Combine it with something that builds strength and something that gets you moving for longer, like walking. Stretch because it helps you feel looser and move more easily, not because it will fix your back by itself.',
      },
      {
        type: 'list',
        items: [
          'Hold a gentle stretch for about twenty to thirty seconds, breathing slowly.',
          'Stretch to mild tension, never into sharp pain.',
          'Hips, hamstrings and the front of the chest tighten most with sitting.',
          'Avoid forcing end-of-range forward bends or twists if your bones need protecting.',
        ],
      },
      {
        type: 'p',
        text: 'A short stretch break at your desk or in the evening is an easy way to build the habit.',
      },
      {
        type: 'try',
        text: 'Try the evening wind-down.',
        link: { kind: 'routine', id: 'evening-wind-down-10' },
      },
      {
        type: 'try',
        text: 'Or a two-minute back release at your desk.',
        link: { kind: 'routine', id: 'desk-back-release' },
      },
    ],
  }),
  defineLesson({
    id: 'pain-during-exercise',
    title: 'How much pain during exercise is fine',
    summary:
      'Some pain during exercise is acceptable if it stays moderate and settles by the next day, and that is a sign to carry on rather than stop.',
    topics: ['movement', 'course-of-pain'],
    grade: 'C',
    gradeReason:
      'The pain-monitoring approach comes from tendon trials; its use for back pain is expert advice.',
    sources: [SOURCES.silbernagel2007, SOURCES.hayden2021],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Many people stop exercising the moment something hurts, for fear of causing damage. With ordinary back pain, some discomfort during exercise is common and usually safe. Pain during exercise is more often a sign of a sensitive back than of harm.',
      },
      {
        type: 'p',
        text: 'A simple way to judge it is the traffic-light approach. It comes from a trial in people with Achilles tendon pain, who kept up their sport as long as their pain stayed within agreed limits and did as well as those who paused it. Physiotherapists now use the same idea for back pain, although it has not been tested as carefully there.',
      },
      {
        type: 'list',
        items: [
          'Green: pain up to about 2 out of 10 during exercise. Carry on.',
          'Amber: pain up to about 5 out of 10 that settles back to your usual by the next morning. Acceptable; keep the same level for now.',
          'Red: pain above 5 out of 10, or pain that is still worse than usual the next day. Ease off next time: fewer repetitions, less load or an easier version.',
        ],
      },
      {
        type: 'p',
        text: 'The next morning is the best guide. If your back feels no worse than usual, what you did was fine, even if it ached at the time. If it feels worse, scale back a little, then build up again more slowly. The app uses the same rule when it suggests stepping a routine up or down.',
      },
      {
        type: 'p',
        text: 'Some things are not ordinary exercise pain: new numbness, weakness in a leg, or pain spreading down both legs. Stop and check the warning signs lesson if any of these appear.',
      },
      { type: 'try', text: 'Read the warning signs.', link: { kind: 'lesson', id: 'warning-signs' } },
      {
        type: 'try',
        text: 'Read why movement helps a sore back.',
        link: { kind: 'lesson', id: 'exercise-helps' },
      },
    ],
  }),
];
