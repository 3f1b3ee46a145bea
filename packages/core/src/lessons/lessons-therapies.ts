import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** Massage and manual therapy, acupuncture, cupping and CBD. */
export const therapyLessons: Lesson[] = [
  defineLesson({
    id: 'massage-manual-therapy',
    title: 'Massage and manual therapy',
    summary:
      'Massage and hands-on treatments may help in the short term, mainly as part of a plan that includes exercise.',
    topics: ['therapies'],
    grade: 'B',
    gradeReason:
      'The NICE guideline supports manual therapy only alongside exercise; effects are short-term and modest.',
    sources: [SOURCES.niceNg59],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Manual therapy means hands-on treatment: massage, moving the joints of the spine (mobilisation) or quick thrusts (manipulation), as done by physiotherapists, osteopaths and chiropractors. Many people find these treatments soothing, and they can ease pain for a while.',
      },
      {
        type: 'p',
        text: 'The UK guideline says manual therapy can be considered for low back pain, but only as part of a treatment package that includes exercise, with or without psychological support. On its own, the effects tend to be small and short-lived. That is why the grade is B for use as part of a package, and the evidence for manual therapy alone is weaker.',
      },
      {
        type: 'p',
        text: 'Think of hands-on treatment as a way to calm things down enough to get moving, not as the main fix. A good therapist will also give you exercises and advice, and help you rely less on treatment over time.',
      },
      {
        type: 'p',
        text: 'Simple self-massage, for example leaning against a ball on the wall, or a massage from a partner can also feel good. If it helps you relax and move more, there is no harm in it.',
      },
      {
        type: 'list',
        items: [
          'Ask what exercises you should do between sessions.',
          'Agree on how many sessions to try and how you will judge whether they help.',
          'Be wary of long courses booked in advance or claims that your spine is out of place.',
          'Log treatments in the app to compare your pain before and after.',
        ],
      },
      {
        type: 'p',
        text: 'Serious side effects are rare, but mild soreness for a day or two is common after manual therapy. Tell the therapist about osteoporosis or any bone problems before treatment.',
      },
      {
        type: 'try',
        text: 'Pair treatment with a mobility routine.',
        link: { kind: 'routine', id: 'morning-5' },
      },
    ],
  }),
  defineLesson({
    id: 'acupuncture',
    title: 'Acupuncture',
    summary:
      'Some trials show small, short-term effects of acupuncture on back pain, but the UK guideline does not recommend it because the effects are small and similar to sham treatment.',
    topics: ['therapies'],
    grade: 'C',
    gradeReason: 'Mixed trial results with small effects; NICE does not recommend it for low back pain.',
    sources: [SOURCES.niceNg59],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Acupuncture uses fine needles placed in the skin at chosen points. It is popular for back pain, and many people say it helps them.',
      },
      {
        type: 'p',
        text: 'In trials, acupuncture often does better than no treatment, but much of that difference also appears with sham acupuncture, where needles are placed at the wrong points or do not go in. This suggests that much of the benefit comes from the care, the ritual and the expectation of relief, rather than from the needles themselves. Effects that remain are small and mostly short-term.',
      },
      {
        type: 'p',
        text: 'That does not mean people imagine the relief. Time, attention, relaxation and hope all change how much pain we feel, and they are real effects. You can find some of the same benefits in other places, such as a supportive physiotherapist or a calming routine of your own.',
      },
      {
        type: 'p',
        text: 'The UK guideline looked at this evidence and advises against offering acupuncture for managing low back pain. Other guidelines, in other countries, are more open to it. So the honest summary is: it may help some people a little for a while, and the evidence is mixed. We grade it C.',
      },
      {
        type: 'list',
        items: [
          'If you choose acupuncture, see a registered practitioner who uses single-use needles.',
          'Decide in advance how many sessions to try and how you will judge the result.',
          'Keep up your exercise alongside it.',
          'Log it as a treatment so you can compare your pain before and after.',
        ],
      },
      {
        type: 'p',
        text: 'Side effects are usually minor, such as bruising or soreness where the needles went in.',
      },
      {
        type: 'try',
        text: 'Read why movement helps a sore back.',
        link: { kind: 'lesson', id: 'exercise-helps' },
      },
    ],
  }),
  defineLesson({
    id: 'cupping-and-cbd',
    title: 'Cupping and CBD',
    summary:
      'Cupping and CBD products are widely promoted for back pain, but the evidence for both is weak, and CBD can interact with medicines.',
    topics: ['therapies'],
    grade: 'D',
    gradeReason:
      'Cupping rests on small, hard-to-blind trials; NICE found too little evidence to recommend CBD for chronic pain.',
    sources: [SOURCES.zhang2024, SOURCES.niceNg144],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Cupping places cups on the skin and creates suction, which leaves round marks for a few days. It is used in several traditional medicine systems and has become popular with athletes.',
      },
      {
        type: 'p',
        text: 'There are trials of cupping for low back pain, and a 2024 review that pooled eleven of them reported short-term pain relief. But the trials were small and short, and it is very hard to give a convincing fake version of cupping, so people usually know which treatment they had. That makes the results hard to trust, and we grade cupping D. Marks and mild soreness are common; burns can happen with fire cupping.',
      },
      {
        type: 'p',
        text: 'CBD (cannabidiol) is a substance from the cannabis plant that does not cause a high. It is sold as oils, capsules, gummies and creams, often with claims about pain. The UK guideline on cannabis-based products found too little good evidence and advises against using CBD to manage chronic pain outside research. Products bought online or in shops vary in how much CBD they contain, and some contain other substances. CBD can also interact with medicines and affect the liver.',
      },
      {
        type: 'list',
        items: [
          'If you try cupping, choose a trained practitioner and tell them about any skin or blood problems.',
          'Talk to a pharmacist or GP before trying CBD, especially if you take other medicines.',
          'Log any treatment you try, so you can see honestly whether it changes your pain.',
          'Keep your exercise going: it has far stronger evidence.',
        ],
      },
      {
        type: 'try',
        text: 'Read why movement helps a sore back.',
        link: { kind: 'lesson', id: 'exercise-helps' },
      },
    ],
  }),
];
