import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** Food patterns, omega-3 and spices, hydration and the disc myth, vitamin D. */
export const foodLessons: Lesson[] = [
  defineLesson({
    id: 'food-patterns',
    title: 'Food patterns and "anti-inflammatory" eating',
    summary:
      'A varied, mostly plant-based way of eating is healthy overall, but the direct evidence that it eases back pain is weak.',
    topics: ['food'],
    grade: 'D',
    gradeReason:
      'Healthy eating is well supported for general health; trials of diet for back pain are few and small.',
    sources: [SOURCES.eatwell2016],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'You may have read that an "anti-inflammatory diet" can ease back pain. Such diets usually mean plenty of vegetables, fruit, beans, whole grains, nuts and oily fish, and fewer highly processed foods and sugary drinks. This is close to what national healthy eating guides already recommend.',
      },
      {
        type: 'p',
        text: 'The idea is plausible, because some foods are linked with lower markers of inflammation in the blood. But very few trials have tested whether changing what you eat reduces back pain, and those that exist are small. So we grade the claim that diet eases back pain as D: possible, not shown.',
      },
      {
        type: 'p',
        text: 'That does not make food unimportant. A healthy pattern of eating supports energy, sleep, mood, bone and heart health, all of which matter in midlife and can affect how you cope with pain. Calcium and protein help bones and muscles, and the UK guide suggests fish twice a week, one of them oily.',
      },
      {
        type: 'list',
        items: [
          'Make vegetables and fruit a large part of each meal.',
          'Include beans, lentils, nuts, eggs, fish or other protein at each meal.',
          'Choose whole grains more often than refined ones.',
          'Dairy or calcium-fortified alternatives help bones.',
          'No single food is a cure; the overall pattern is what counts.',
        ],
      },
      {
        type: 'p',
        text: 'Be cautious about expensive plans or products that promise to cure pain. If you want help with your diet, a registered dietitian can give advice that fits your health and tastes.',
      },
      {
        type: 'try',
        text: 'Read about omega-3, turmeric and ginger.',
        link: { kind: 'lesson', id: 'supplements-omega3-turmeric-ginger' },
      },
    ],
  }),
  defineLesson({
    id: 'supplements-omega3-turmeric-ginger',
    title: 'Omega-3, turmeric and ginger',
    summary:
      'Omega-3, turmeric and ginger have been tested in small trials, mostly in arthritis, and there is little evidence for back pain, while supplements can interact with medicines.',
    topics: ['food'],
    grade: 'D',
    gradeReason:
      'Small trials, mostly in arthritis; little evidence for back pain, and product quality varies.',
    sources: [SOURCES.nccihTurmeric, SOURCES.eatwell2016],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Omega-3 fats (found in oily fish), turmeric and ginger are often suggested for aches and pains because they may affect inflammation. In the lab, substances from all three act on inflammation pathways. In people, the picture is less clear.',
      },
      {
        type: 'p',
        text: 'Most human trials of these supplements are small and were done in people with arthritis, not back pain. Some found modest effects on joint pain, others found none. For back pain specifically there is very little good evidence. The US National Center for Complementary and Integrative Health says there is not enough evidence to conclude that turmeric helps any health condition, partly because curcumin, its main active substance, is poorly absorbed and products vary a lot.',
      },
      {
        type: 'p',
        text: 'Supplements are not always harmless. Some can interact with medicines, including blood thinners, and some concentrated products have been linked with liver problems. Amounts in products vary widely and are not checked the way medicines are.',
      },
      {
        type: 'list',
        items: [
          'As food, these are fine: oily fish, ginger in cooking and turmeric in curries.',
          'Before taking a supplement, ask a pharmacist or GP whether it is safe with your medicines.',
          'Tell your clinician about any supplements you take.',
          'If you try one, log it as a treatment so you can see whether anything changes.',
        ],
      },
      {
        type: 'p',
        text: 'We do not suggest any supplement or amount. If you want to try one, a pharmacist or GP can help you decide safely.',
      },
      { type: 'try', text: 'Read about food patterns.', link: { kind: 'lesson', id: 'food-patterns' } },
    ],
  }),
  defineLesson({
    id: 'hydration-and-discs',
    title: 'Drinking water and the disc myth',
    summary:
      'Drinking enough is good for general health, but the idea that drinking more water rehydrates the discs in your spine is not supported.',
    topics: ['hydration'],
    grade: 'D',
    gradeReason:
      'No trials show drinking more water changes discs or back pain; the myth rests on a misunderstanding.',
    sources: [SOURCES.urban2003, SOURCES.eatwell2016],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'A popular claim says that the discs in your spine are mostly water, so drinking more water will plump them up and ease back pain. It sounds logical, but it is not how discs work.',
      },
      {
        type: 'p',
        text: 'Discs do contain a lot of water. They take it up and lose it mainly through pressure and movement: during the day, sitting and standing squeeze some fluid out, and lying down at night lets it flow back in. This is why people are slightly taller in the morning. The amount of water in a disc depends on the substances inside it that hold water, which change with age, not on how much you drink.',
      },
      {
        type: 'p',
        text: 'No trials show that drinking extra water changes disc health or back pain. Unless you are actually dehydrated, drinking more than you need simply means more trips to the toilet.',
      },
      {
        type: 'p',
        text: 'Night sweats can leave you thirsty in the night or on waking. Keeping a glass of water by the bed is a simple comfort, and it is your general health, not your discs, that benefits.',
      },
      {
        type: 'p',
        text: 'Drinking enough still matters for general health, energy and concentration. The UK guide suggests around six to eight cups or glasses of fluid a day, more in hot weather or when active. Water, milk and tea and coffee all count.',
      },
      {
        type: 'list',
        items: [
          'Drink enough that you rarely feel thirsty and your urine is pale.',
          'A glass of water makes a good reason to get up during a movement break.',
          'Movement, not extra water, is what helps discs exchange fluid.',
        ],
      },
      { type: 'try', text: 'Set up movement breaks.', link: { kind: 'breaks' } },
    ],
  }),
  defineLesson({
    id: 'vitamin-d',
    title: 'Vitamin D and back pain',
    summary:
      'Low vitamin D is common in midlife, but supplements have not reduced back pain in trials, and testing and dosing are for a clinician.',
    topics: ['vitamin-d', 'bone'],
    grade: 'C',
    gradeReason:
      'A Cochrane review found no consistent pain benefit; studies in people with low levels are few.',
    sources: [SOURCES.straube2015],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Vitamin D helps the body absorb calcium and keep bones and muscles healthy. Most of it is made in the skin from sunlight; a little comes from food such as oily fish and eggs. In countries with dark winters, many people have low levels for part of the year, and this is common in midlife.',
      },
      {
        type: 'p',
        text: 'Because very low vitamin D can cause aching bones and muscles, people have wondered whether supplements could help back pain. A Cochrane review of trials of vitamin D for long-lasting pain found no consistent benefit over placebo across the pain conditions tested. It is possible that people who are truly deficient benefit more, but there are few good studies of this group.',
      },
      {
        type: 'p',
        text: 'So vitamin D is not a treatment for back pain. It is still important for bone health, which matters a lot after the menopause.',
      },
      {
        type: 'p',
        text: 'Whether you need a blood test, and whether and how much to take, are questions for a clinician. Too much vitamin D can be harmful, and the right amount depends on your levels, your health and any medicines you take. Spinekind never suggests an amount.',
      },
      {
        type: 'list',
        items: [
          'Time outdoors in daylight in the warmer months helps your body make vitamin D.',
          'Oily fish, eggs and fortified foods add a little.',
          'Ask your GP or pharmacist about testing and supplements if you are unsure.',
          'Mention any supplements you take at appointments.',
        ],
      },
      { type: 'try', text: 'Read about bone health.', link: { kind: 'lesson', id: 'bone-health' } },
    ],
  }),
];
