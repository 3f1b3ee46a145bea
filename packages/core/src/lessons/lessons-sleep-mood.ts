import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** The sleep–stress–pain loop, the bed and night pain, stress and mood, tension and mindfulness. */
export const sleepMoodLessons: Lesson[] = [
  defineLesson({
    id: 'sleep-pain-loop',
    title: 'The loop between sleep, stress and pain',
    summary:
      'Poor sleep predicts a more painful next day more strongly than pain predicts a poor night, so protecting sleep is one of the levers within your reach.',
    topics: ['sleep', 'stress-mood'],
    grade: 'B',
    gradeReason:
      'A review of long-term and day-to-day studies; most are observational, with some experiments.',
    sources: [SOURCES.finan2013],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Pain makes it harder to sleep, and poor sleep makes pain feel worse. Many people know this loop from experience. Research adds a twist: when studies follow people night by night, a bad night tends to predict a more painful next day more strongly than a painful day predicts a bad night. The link runs both ways, but sleep seems to be the stronger push.',
      },
      {
        type: 'p',
        text: 'In experiments, losing sleep makes people more sensitive to pain and seems to weaken the body’s own ways of turning pain down. That may be part of why everything hurts more after a broken night.',
      },
      {
        type: 'p',
        text: 'Stress joins the loop. Stress hormones such as cortisol are part of the body’s alarm system; they help in a crisis but, when stress goes on for weeks, sleep suffers and muscles stay tense. How exactly long-term stress hormones shape pain is still being studied, so we do not make claims about cortisol itself. What is clear is that stress, sleep and pain tend to rise and fall together.',
      },
      {
        type: 'p',
        text: 'In the menopause transition, night sweats and hot flashes add another reason to wake. Logging night sweats beside your sleep and pain can show whether they are part of your pattern.',
      },
      {
        type: 'list',
        items: [
          'Keep regular times for bed and getting up, even after a bad night.',
          'Wind down in the last hour: dim lights, screens away, something calm.',
          'Keep the bedroom cool, which also helps with night sweats.',
          'If you lie awake for a long time, get up and do something quiet until sleepy.',
          'Talk to a GP if poor sleep goes on for weeks: there are effective non-drug treatments for insomnia.',
        ],
      },
      {
        type: 'try',
        text: 'Go through the sleep set-up checklist.',
        link: { kind: 'checklist', id: 'sleep' },
      },
      {
        type: 'try',
        text: 'Try the evening wind-down routine.',
        link: { kind: 'routine', id: 'evening-wind-down-10' },
      },
    ],
  }),
  defineLesson({
    id: 'mattress-and-night-pain',
    title: 'Mattresses, pillows and night pain',
    summary:
      'In a trial, a medium-firm mattress did better than a firm one for long-lasting back pain, which goes against the popular advice to sleep on something hard.',
    topics: ['sleep'],
    grade: 'B',
    gradeReason:
      'One good randomised trial (Kovacs, 2003) on mattress firmness; pillow advice is expert opinion.',
    sources: [SOURCES.kovacs2003, SOURCES.finan2013],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'For years people with back pain were told to sleep on a firm, even hard, mattress. A trial in Spain put this to the test. About three hundred adults with long-lasting low back pain that bothered them in bed or on getting up were given a new mattress: either firm or medium-firm. Neither they nor the researchers knew which they had.',
      },
      {
        type: 'p',
        text: 'After three months, people on the medium-firm mattress were more likely to report less pain while lying in bed and less disability than those on the firm one; for pain on getting up the result leaned the same way but was less certain. So the popular advice was not supported: medium-firm did better than firm.',
      },
      {
        type: 'p',
        text: 'This was one trial, with one type of mattress, so it does not tell you which exact model to buy. Comfort matters, and a mattress that sags in the middle is not good either. If you are replacing a mattress anyway, medium-firm is a sensible place to start.',
      },
      {
        type: 'list',
        items: [
          'On your side: a pillow between the knees keeps the pelvis level.',
          'On your back: a pillow under the knees can ease the lower back.',
          'Choose a pillow height that keeps your head in line with your spine.',
          'Get up by rolling onto your side and pushing up with your arms.',
        ],
      },
      {
        type: 'p',
        text: 'These pillow tips are comfort measures based on experience, not trials; keep the ones that help. Pain that is constant, not eased by any position and worse at night is different from ordinary stiffness: it is one of the warning signs to get checked.',
      },
      {
        type: 'try',
        text: 'Go through the sleep set-up checklist.',
        link: { kind: 'checklist', id: 'sleep' },
      },
      { type: 'try', text: 'Check the warning signs.', link: { kind: 'lesson', id: 'warning-signs' } },
    ],
  }),
  defineLesson({
    id: 'stress-mood-and-pain',
    title: 'Stress, mood, anxiety and back pain',
    summary:
      'Stress, worry and low mood can turn up the volume of pain, and learning skills to handle them improved back pain in trials.',
    topics: ['stress-mood'],
    grade: 'B',
    gradeReason:
      'A good randomised trial (Cherkin, 2016) and the NICE guideline support psychological approaches alongside exercise.',
    sources: [SOURCES.cherkin2016, SOURCES.niceNg59],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Pain is produced by the nervous system, and the nervous system listens to everything: your body, your surroundings, your thoughts and your mood. When you are stressed, anxious or low, the system is on alert and pain can feel louder. This does not mean the pain is imagined. It means mood and stress are real parts of how much a back hurts.',
      },
      {
        type: 'p',
        text: 'It also works the other way round: living with pain is stressful and can wear down mood. Midlife often adds other loads, such as caring for others, work pressure and the changes of the menopause transition.',
      },
      {
        type: 'p',
        text: 'The hopeful part is that skills for handling stress and worry help with pain too. In a trial of adults with long-lasting low back pain, both an eight-week course of mindfulness-based stress reduction and a course of cognitive behavioural therapy (CBT) led to more people feeling meaningfully better in their back function than usual care. The UK guideline recommends psychological approaches like CBT as part of a treatment plan that includes exercise.',
      },
      {
        type: 'list',
        items: [
          'Notice the link: log stress and mood beside pain for a few weeks.',
          'Short, regular breaks to breathe or move help more than one long rest.',
          'Pace your day: spread demanding tasks out rather than pushing through.',
          'Stay in touch with people; isolation makes pain and low mood harder.',
          'If low mood or anxiety lasts for weeks, talk to your GP: help works.',
        ],
      },
      {
        type: 'p',
        text: 'If you ever feel hopeless or have thoughts of harming yourself, contact your GP, an urgent mental health line or your local emergency number today.',
      },
      {
        type: 'try',
        text: 'Read about muscle tension and mindfulness.',
        link: { kind: 'lesson', id: 'tension-and-mindfulness' },
      },
    ],
  }),
  defineLesson({
    id: 'tension-and-mindfulness',
    title: 'Muscle tension, breathing and mindfulness',
    summary:
      'Slow breathing and mindfulness can ease tension and help you relate to pain differently, and a mindfulness course improved back function in a trial.',
    topics: ['stress-mood'],
    grade: 'B',
    gradeReason:
      'A good randomised trial of a mindfulness course; evidence for short breathing exercises on their own is weaker.',
    sources: [SOURCES.cherkin2016],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'When you are stressed or in pain, muscles often tighten without you noticing: shoulders rise, the jaw clenches, the breath gets shallow. Held for hours, that tension can add its own ache, especially in the neck, shoulders and upper back.',
      },
      {
        type: 'p',
        text: 'Mindfulness means paying attention to what is happening right now, including sensations in the body, without judging them or fighting them. In a trial of adults with long-lasting low back pain, an eight-week mindfulness course, which also included gentle yoga, helped more people reach a meaningful improvement in back function than usual care. Many people say mindfulness changes how much pain bothers them, even when the pain itself is still there.',
      },
      {
        type: 'p',
        text: 'Slow breathing is a simple place to start. Breathing out slowly tends to calm the body’s alarm response. It is low-risk and many people find it helps them settle, although evidence that short breathing exercises reduce back pain on their own is weak.',
      },
      {
        type: 'list',
        items: [
          'Check in a few times a day: shoulders, jaw, hands, breath.',
          'Let your breath out a little longer than your breath in, for a minute or two.',
          'Let tense muscles soften on each out-breath.',
          'When pain is strong, notice where it is and what it feels like, rather than only how bad it is.',
          'A course or an app can guide you; short, regular practice beats rare long sessions.',
        ],
      },
      {
        type: 'try',
        text: 'Try the evening wind-down with slow breathing.',
        link: { kind: 'routine', id: 'evening-wind-down-10' },
      },
      {
        type: 'try',
        text: 'Release your neck and shoulders at your desk.',
        link: { kind: 'routine', id: 'desk-shoulders-neck' },
      },
    ],
  }),
];
