import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** The menopause transition, estrogen and the body's tissues, and HRT as a question for a clinician. */
export const menopauseLessons: Lesson[] = [
  defineLesson({
    id: 'menopause-transition',
    title: 'The menopause transition and your back',
    summary:
      'Aches in muscles and joints are among the most common changes of the menopause transition, and you are far from alone with them.',
    topics: ['menopause'],
    grade: 'C',
    gradeReason: 'Large studies show how common the aches are; why they happen is still being worked out.',
    sources: [SOURCES.wright2024, SOURCES.greendale2012],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'The menopause transition is the stretch of years, often in your forties, when periods become irregular and then stop. Doctors call the years before the last period perimenopause. The whole change can take several years, and it looks different for every woman.',
      },
      {
        type: 'p',
        text: 'Most people know about hot flashes and night sweats. Fewer know that aching joints, stiff muscles and back pain are also among the most common changes reported in these years. Studies that followed women through the transition found that many of them noticed new or worse aches, and for some the aches got in the way of daily life.',
      },
      {
        type: 'p',
        text: 'Why does this happen? Estrogen, one of the hormones that falls and swings during the transition, acts on bone, muscle, tendons and joints. Researchers think its ups and downs, and its lower level after the last period, play a part. Age, sleep, stress, activity and weight all change at the same time, so it is hard to say how much each one adds. A 2024 review proposed a name for this group of changes, but the detail of cause and effect is still being studied.',
      },
      {
        type: 'p',
        text: 'What does this mean for you? First, back pain in midlife is common and usually not a sign of something serious. Second, the things that help back pain in general help here too: staying active, building strength, looking after sleep and stress. Third, it can help to log your cycle and your symptoms beside your pain, so you and your clinician can see whether they move together.',
      },
      {
        type: 'list',
        items: [
          'Keep moving: gentle activity most days beats rest.',
          'Build strength two or three times a week: muscle and bone both respond to it.',
          'Protect your sleep: poor nights make pain feel worse the next day.',
          'Write down what you notice: pain, periods, hot flashes and sleep, side by side.',
        ],
      },
      {
        type: 'p',
        text: 'The evidence that these aches are common is fairly strong. The evidence for exactly why they happen is weaker, which is why this lesson is graded C.',
      },
      {
        type: 'try',
        text: 'Start the day with five minutes of gentle mobility.',
        link: { kind: 'routine', id: 'morning-5' },
      },
      {
        type: 'try',
        text: 'Read about estrogen, bone, muscle and discs.',
        link: { kind: 'lesson', id: 'estrogen-and-tissues' },
      },
    ],
  }),
  defineLesson({
    id: 'estrogen-and-tissues',
    title: 'Estrogen, bone, muscle, joints and discs',
    summary:
      'Lower estrogen is linked to faster bone loss and to changes in muscle, and possibly in joints and discs, but much of the detail is still uncertain.',
    topics: ['menopause', 'bone'],
    grade: 'C',
    gradeReason:
      'Bone loss across the transition is well measured; links to muscle, joints and discs come from smaller or observational studies.',
    sources: [SOURCES.greendale2012, SOURCES.wright2024, SOURCES.brookeWavell2022],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Estrogen is best known as a reproductive hormone, but it also helps to keep bone, muscle and other tissues in good repair. When its level falls around the last period, several tissues change. Here is what is known, from the firmest evidence to the weakest.',
      },
      {
        type: 'p',
        text: 'Bone: this is the clearest link. A large American study of women through the transition (SWAN) measured bone density year by year. Bone loss sped up from about a year before the last period to about two years after it, then slowed down again. Over those years the spine lost a noticeable share of its density. This is one reason bone health matters so much in midlife.',
      },
      {
        type: 'p',
        text: 'Muscle: muscle mass and strength slowly decline with age in everyone. Lower estrogen seems to add to this in women, and studies suggest muscle recovers less easily after hard work. The good news is that muscle responds to strength training at any age.',
      },
      {
        type: 'p',
        text: 'Joints and tendons: aching joints are common in the transition. Estrogen acts on cartilage and on the tissues around joints, but how much the hormone change causes the aches, rather than age or other changes, is not yet clear.',
      },
      {
        type: 'p',
        text: 'Discs: the discs between the bones of the spine change with age in everyone. Some studies suggest that discs change faster after menopause, but the evidence is limited and mostly from small or observational studies. Disc changes on a scan are also common in people without any pain, so a change on a scan does not explain pain on its own.',
      },
      {
        type: 'list',
        items: [
          'Strongest evidence: bone loss speeds up around the last period.',
          'Moderate evidence: muscle mass and strength fall with age and lower estrogen.',
          'Weaker evidence: links between the transition and joint aches and disc changes.',
        ],
      },
      {
        type: 'p',
        text: 'What can you do with this? Strength and impact exercise help both muscle and bone, and they are safe for most women when built up gradually. If you are worried about your bones, a GP can look at your risk. Whether hormone treatment is right for you is a question for a clinician, and there is a lesson about that too.',
      },
      {
        type: 'try',
        text: 'Try a strength session for legs, buttocks and back.',
        link: { kind: 'routine', id: 'strength-a' },
      },
      { type: 'try', text: 'Read what is known about HRT.', link: { kind: 'lesson', id: 'hrt-to-discuss' } },
    ],
  }),
  defineLesson({
    id: 'hrt-to-discuss',
    title: 'HRT: something to discuss with a clinician',
    summary:
      'HRT eases hot flashes and protects bone, but whether it helps back pain is not known, so it is a decision for you and your clinician.',
    topics: ['hrt', 'menopause'],
    grade: 'D',
    gradeReason:
      'Guidelines support HRT for hot flashes and bone (A), but there is little evidence on back pain itself (D).',
    sources: [SOURCES.niceNg23],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'HRT (hormone replacement therapy) replaces some of the hormones that fall during the menopause transition, mainly estrogen. It comes in different forms, such as tablets, patches and gels, and many women have questions about it. This lesson says what is known. It does not give advice about whether to take it: that is a decision for you and your clinician.',
      },
      {
        type: 'p',
        text: 'What HRT is known to help: the UK guideline on menopause says HRT is effective for hot flashes and night sweats. It also protects against bone loss and lowers the chance of fractures while it is taken.',
      },
      {
        type: 'p',
        text: 'What is not known: there is little good evidence on whether HRT reduces back pain itself. Some women say their aches ease on HRT, but that has not been tested well enough in trials to say it works for back pain. So we grade that part D.',
      },
      {
        type: 'p',
        text: 'Why this is a conversation, not a rule: the benefits and risks of HRT depend on your age, how long ago your periods stopped, your own and your family history, and the type of HRT. A GP, nurse or menopause specialist can go through these with you. The decision can change over time, and it is yours to make.',
      },
      {
        type: 'list',
        items: [
          'Write down your symptoms before the appointment: hot flashes, sleep, mood, aches and pain.',
          'Bring a summary of your pain and sleep log if you keep one.',
          'Ask what the benefits and risks would be for you in particular.',
          'Ask what else could help, with or without HRT.',
        ],
      },
      {
        type: 'p',
        text: 'Whatever you decide about HRT, the things that help back pain still apply: staying active, strength work, good sleep and ways to ease stress.',
      },
      {
        type: 'try',
        text: 'Read how estrogen links to bone, muscle and joints.',
        link: { kind: 'lesson', id: 'estrogen-and-tissues' },
      },
    ],
  }),
];
