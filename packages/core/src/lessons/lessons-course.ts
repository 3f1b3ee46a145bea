import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** How back pain usually goes, when scans help, and how to read your own insights. */
export const courseLessons: Lesson[] = [
  defineLesson({
    id: 'back-pain-usually-eases',
    title: 'How back pain usually goes',
    summary:
      'Most new episodes of back pain ease a lot within about six weeks, and staying gently active helps more than resting in bed.',
    topics: ['course-of-pain'],
    grade: 'A',
    gradeReason: 'Consistent findings from large studies, and the advice of the NICE guideline.',
    sources: [SOURCES.niceNg59, SOURCES.hartvigsen2018],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Back pain can be frightening, especially when it comes on suddenly and sharply. It helps to know how it usually behaves. For most people, a new episode of low back pain eases a lot within a few weeks, and most are much better by about six weeks. The pain can be strong even when nothing serious is going on: how much it hurts is not a measure of how much damage there is.',
      },
      {
        type: 'p',
        text: 'In most cases no single cause can be found. Doctors call this non-specific low back pain. It is not a sign that your spine is fragile. Muscles, joints, nerves, sleep, stress and mood all play a part in how much a back hurts and for how long.',
      },
      {
        type: 'p',
        text: 'Bed rest used to be the standard advice. Studies have since shown that people who stay as active as they can recover as well or better than those who rest. Gentle movement keeps the back from stiffening and reminds the body that moving is safe. You do not have to wait until the pain has gone before you start.',
      },
      {
        type: 'list',
        items: [
          'Keep doing as much of your normal day as you can, in smaller pieces if needed.',
          'Change position often, and take short walks.',
          'Heat, such as a warm bath or a heat pack, helps some people feel looser.',
          'Pace yourself: a little more each day rather than everything on a good day.',
        ],
      },
      {
        type: 'p',
        text: 'Back pain often comes back from time to time. That is common and does not mean something was missed. Regular activity, strength work and a walking habit can make the next episode less likely or less bad.',
      },
      {
        type: 'p',
        text: 'See a GP or physiotherapist if you are not clearly improving after four to six weeks, or sooner if anything new develops. Some warning signs need urgent or emergency care; the warning signs lesson lists them all.',
      },
      {
        type: 'try',
        text: 'Try five minutes of gentle morning mobility.',
        link: { kind: 'routine', id: 'morning-5' },
      },
      {
        type: 'try',
        text: 'Read the warning signs and where to go.',
        link: { kind: 'lesson', id: 'warning-signs' },
      },
    ],
  }),
  defineLesson({
    id: 'scans-and-imaging',
    title: 'When a scan helps, and when it does not',
    summary:
      'For most back pain without warning signs a scan does not change the treatment, and it often shows changes that are normal for your age.',
    topics: ['course-of-pain'],
    grade: 'A',
    gradeReason:
      'The NICE guideline advises against routine imaging for low back pain without warning signs.',
    sources: [SOURCES.niceNg59, SOURCES.hartvigsen2018],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Many people with back pain want a scan, to see what is wrong. It feels like the careful thing to do. For most back pain, though, a scan does not help, and the UK guideline says not to offer one routinely.',
      },
      {
        type: 'p',
        text: 'Why not? Scans of people with no back pain at all often show worn discs, bulging discs and small changes in the joints. These changes become more common with every decade of life, like grey hair or wrinkles. So when a scan of a painful back shows them, it cannot tell whether they are the cause of the pain or were there all along.',
      },
      {
        type: 'p',
        text: 'A scan can also do harm. Words in a report such as "degeneration" sound alarming, and people who read them can become more worried and less active, which tends to slow recovery. X-rays and CT scans also involve radiation.',
      },
      {
        type: 'p',
        text: 'When does a scan help? When a clinician suspects something specific that a scan can show and that would change what they do: for example after a serious fall, with some warning signs, or when surgery or an injection is being considered for leg pain that has not settled. A clinician decides this after talking with you and examining you.',
      },
      {
        type: 'list',
        items: [
          'A scan is usually not needed for back pain without warning signs.',
          'Changes on a scan are common without pain and are often not the cause.',
          'Warning signs need prompt care, and a clinician will decide on any scan.',
        ],
      },
      {
        type: 'p',
        text: 'If a scan has already been done and the report worries you, ask your GP or physiotherapist to explain what the words mean for you. Often they describe normal changes of age.',
      },
      {
        type: 'try',
        text: 'Read how back pain usually goes.',
        link: { kind: 'lesson', id: 'back-pain-usually-eases' },
      },
      { type: 'try', text: 'Check the warning signs.', link: { kind: 'lesson', id: 'warning-signs' } },
    ],
  }),
  defineLesson({
    id: 'reading-your-insights',
    title: 'How to read your own insights',
    summary:
      'A pattern in your own diary can point to something worth trying, but a link between two things does not prove that one causes the other.',
    topics: ['insights'],
    grade: 'C',
    gradeReason: 'Patterns in one person’s diary are observational: they can suggest, not prove.',
    sources: [SOURCES.hill1965, SOURCES.finan2013],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'The Insights screen looks for patterns in what you log: for example whether your pain tends to be higher after a short night, on busy workdays or at certain points in your cycle. These patterns can be useful. They are also easy to over-read, so here is how to look at them.',
      },
      {
        type: 'p',
        text: 'A link is not a cause. If your pain is higher after short nights, poor sleep may make pain worse. But pain may also keep you awake, or a stressful week may cause both. Your diary shows that two things move together; it cannot show which one drives the other, or whether a third thing drives both.',
      },
      {
        type: 'p',
        text: 'Small numbers wobble. With only a couple of weeks of check-ins, a pattern can appear by chance and vanish the next month. That is why each insight shows how many days it is based on and a range, and why the app says "not enough data yet" when there is too little to go on.',
      },
      {
        type: 'list',
        items: [
          'Look at the number of days behind an insight before you trust it.',
          'A wide range means the app is unsure; a narrow one means it is more sure.',
          'Ask what else changed at the same time.',
          'Treat a pattern as an idea to test, not a verdict.',
        ],
      },
      {
        type: 'p',
        text: 'The best way to learn from a pattern is to test it. If short nights seem to go with worse pain, try protecting your sleep for two weeks and see whether your pain log changes. Change one thing at a time, so you can tell what made the difference.',
      },
      {
        type: 'p',
        text: 'Your patterns are also worth sharing with a GP or physiotherapist. They are not a diagnosis, but they give a clearer picture than memory alone.',
      },
      {
        type: 'try',
        text: 'Read about the loop between sleep and pain.',
        link: { kind: 'lesson', id: 'sleep-pain-loop' },
      },
    ],
  }),
];
