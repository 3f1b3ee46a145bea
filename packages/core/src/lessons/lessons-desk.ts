import { defineLesson, type Lesson } from './schema.js';
import { REVIEWED_AT, SOURCES } from './sources.js';

/** Posture and long sitting, desk set-up, lumbar support, standing desks, breaks, travel. */
export const deskLessons: Lesson[] = [
  defineLesson({
    id: 'posture-and-sitting',
    title: 'Posture and long sitting',
    summary:
      'There is no single perfect posture, and changing position often matters more than holding one "correct" shape.',
    topics: ['posture-sitting', 'desk'],
    grade: 'C',
    gradeReason:
      'Breaking up sitting is sensible and low-risk, but its effect on back pain in trials is small or uncertain.',
    sources: [SOURCES.shrestha2018, SOURCES.hartvigsen2018],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Many of us were told to sit up straight, and many people with back pain worry that their posture caused it. The evidence is more reassuring. People with very different postures have back pain, and many people who slouch have none. There is little good evidence that any one way of sitting or standing prevents back pain.',
      },
      {
        type: 'p',
        text: 'What seems to matter more is staying in one position for a long time. Muscles and joints like variety. A slumped position is fine for a while, and so is an upright one; the trouble starts when either is held for hours. So the best posture is often the next one.',
      },
      {
        type: 'p',
        text: 'Rounded shoulders, a forward-tilted pelvis, tight hip flexors and weak buttock muscles are common in people who sit a lot. Working on strength and mobility can make you more comfortable, but it is not about forcing your body into a textbook shape.',
      },
      {
        type: 'list',
        items: [
          'Change position every half hour or so, even just by shifting in your chair.',
          'Stand up and move for a minute or two at least every hour.',
          'Sit back in your chair with support behind your lower back when you are tired.',
          'If a position hurts, change it; if it feels fine, it probably is fine.',
        ],
      },
      {
        type: 'p',
        text: 'Reviews of workplace changes show that sit-stand desks and prompts reduce sitting time. Whether that reduces back pain is less certain, which is why this lesson is graded C. Moving more is still good for your back, heart and mood, and costs little.',
      },
      { type: 'try', text: 'Set up movement-break reminders for your work hours.', link: { kind: 'breaks' } },
      {
        type: 'try',
        text: 'Try a two-minute back release.',
        link: { kind: 'routine', id: 'desk-back-release' },
      },
    ],
  }),
  defineLesson({
    id: 'desk-setup',
    title: 'Setting up your desk',
    summary:
      'A few changes to your chair, screen and keyboard can make long desk days more comfortable, though the evidence that they prevent back pain is modest.',
    topics: ['desk', 'posture-sitting'],
    grade: 'C',
    gradeReason:
      'Office checklists such as ROSA reliably spot awkward set-ups; the benefit of fixing them is modest in studies.',
    sources: [SOURCES.sonne2012, SOURCES.shrestha2018],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'If you spend hours at a desk, the set-up shapes how you sit for most of the day. Researchers have built checklists, such as the Rapid Office Strain Assessment (ROSA), that score the chair, screen, keyboard, mouse and phone. Higher scores go with more discomfort. The app’s desk check is built in the same spirit.',
      },
      {
        type: 'p',
        text: 'Changing a set-up helps some people feel more comfortable, but studies show only modest effects on pain. A good desk is a help, not a cure. Think of it as removing obstacles, so your body does not have to work against the furniture all day.',
      },
      {
        type: 'list',
        items: [
          'Chair: feet flat on the floor or a footrest, knees about level with hips.',
          'Back: sit back so the backrest supports the curve of your lower back.',
          'Screen: top of the screen at or just below eye level, about an arm’s length away.',
          'Laptop: raise it on a stand or books and use a separate keyboard and mouse.',
          'Keyboard and mouse: close to you, so your elbows rest by your sides.',
          'Phone: use a headset or speaker instead of holding it with your shoulder.',
        ],
      },
      {
        type: 'p',
        text: 'Working from a sofa, bed or kitchen table is common. If that is your reality, small fixes still help: a cushion behind the back, a box under the feet, the laptop raised on books. And the simplest fix of all is getting up regularly.',
      },
      {
        type: 'p',
        text: 'The desk check takes a few minutes, scores your set-up and suggests the changes that matter most for you.',
      },
      { type: 'try', text: 'Do the desk check.', link: { kind: 'deskCheck' } },
      { type: 'try', text: 'Read about lumbar support.', link: { kind: 'lesson', id: 'lumbar-support' } },
    ],
  }),
  defineLesson({
    id: 'lumbar-support',
    title: 'Lumbar cushions and back supports',
    summary:
      'A small cushion or rolled towel behind your lower back is a reasonable comfort measure to try, even though there is little direct evidence for it.',
    topics: ['desk', 'travel'],
    grade: 'D',
    gradeReason: 'A comfort measure with little direct trial evidence; low cost and low risk.',
    sources: [SOURCES.sonne2012, SOURCES.niceNg59],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'The lower back has a natural inward curve. Many chairs and car seats leave a gap there, so after a while you slump into it. A lumbar support fills that gap: it might be a built-in adjustable pad, a shaped cushion or simply a rolled-up towel.',
      },
      {
        type: 'p',
        text: 'Many people find a lumbar support more comfortable, especially on long drives or long desk days. Office checklists like ROSA count missing lower-back support as a risk point. But trials testing whether lumbar cushions reduce back pain are few and small, so we grade this D: reasonable to try, not proven.',
      },
      {
        type: 'p',
        text: 'Back braces and belts are different. They are worn around the body, and the UK guideline advises against belts and corsets for managing low back pain. Over time they may make you rely on them rather than on your own muscles.',
      },
      {
        type: 'p',
        text: 'In the car, many seats have a built-in lumbar adjustment. Set it so you feel support at about belt height without being pushed forward, and check it again if someone else has driven the car.',
      },
      {
        type: 'list',
        items: [
          'Place the cushion at the small of your back, around belt height.',
          'It should feel like gentle support, not a push forward.',
          'A rolled towel is a free way to test whether it helps you.',
          'Use it alongside regular breaks, not instead of them.',
        ],
      },
      {
        type: 'p',
        text: 'If a support makes you more comfortable, keep using it. If it does nothing for you, you are not missing out on a proven treatment.',
      },
      { type: 'try', text: 'Check your whole desk set-up.', link: { kind: 'deskCheck' } },
      {
        type: 'try',
        text: 'See the travel checklist for the car.',
        link: { kind: 'checklist', id: 'travel' },
      },
    ],
  }),
  defineLesson({
    id: 'standing-desks',
    title: 'Standing desks',
    summary:
      'Sit-stand desks cut sitting time, but their effect on back pain is small or uncertain, and standing all day is not the goal.',
    topics: ['desk', 'posture-sitting'],
    grade: 'C',
    gradeReason:
      'A Cochrane review found less sitting with sit-stand desks; effects on pain were small or uncertain.',
    sources: [SOURCES.shrestha2018],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Standing desks became popular as worries about long sitting grew. A Cochrane review of workplace changes found that sit-stand desks do reduce the time people spend sitting at work, by roughly one to two hours a day in the short term, though the studies were of low quality.',
      },
      {
        type: 'p',
        text: 'Whether that helps back pain is much less clear. Studies that measured pain or discomfort found small effects or none, and most were short and of low quality. So a standing desk is not a treatment for back pain. It is one way to change position more often.',
      },
      {
        type: 'p',
        text: 'Standing still for hours has its own problems: tired legs, aching feet and a stiff back. The aim is to switch, not to swap one fixed position for another.',
      },
      {
        type: 'p',
        text: 'If your workplace offers a sit-stand desk, ask for the rest of the set-up to move with it. The screen and keyboard need to be at the right height both sitting and standing, or you will end up looking down or reaching.',
      },
      {
        type: 'list',
        items: [
          'Switch between sitting and standing through the day, for example every half hour to hour.',
          'When standing, shift your weight, rest a foot on a low box, and wear supportive shoes.',
          'Set the desk so your elbows are bent at about a right angle when you type.',
          'Walking for a minute or two beats standing still.',
        ],
      },
      {
        type: 'p',
        text: 'No standing desk? A high kitchen counter for calls, standing up for meetings and walking while you phone all do the same job.',
      },
      { type: 'try', text: 'Set up reminders to change position.', link: { kind: 'breaks' } },
      { type: 'try', text: 'Try the stand-up desk break.', link: { kind: 'routine', id: 'desk-stand-up' } },
    ],
  }),
  defineLesson({
    id: 'movement-breaks',
    title: 'Movement breaks: Pomodoro or hourly',
    summary:
      'Short, regular breaks from sitting are low-risk and sensible, and a simple timer makes them happen.',
    topics: ['desk', 'posture-sitting'],
    grade: 'C',
    gradeReason:
      'Reducing sitting is well studied; the effect of breaks on back pain itself is small or uncertain.',
    sources: [SOURCES.shrestha2018, SOURCES.niceNg59],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'When you are absorbed in work, an hour can pass without you moving at all. Breaks work best when they do not depend on remembering. That is why the app can remind you during your working hours.',
      },
      {
        type: 'p',
        text: 'There are two common rhythms. The Pomodoro technique splits work into blocks of twenty-five minutes with a short break after each, and a longer break after four blocks. Many people like it for focus as well as for their back. The hourly rhythm is simpler: a few minutes of movement every hour. Both work; pick the one that fits your day.',
      },
      {
        type: 'p',
        text: 'What should a break be? Anything that changes your position and gets you moving: standing up, walking to fill a glass of water, a few stretches, a quick flight of stairs. Two minutes is plenty. The app’s desk routines are designed to fit into a break.',
      },
      {
        type: 'list',
        items: [
          'Set your working hours so reminders only come when you are at work.',
          'Snooze a reminder when you are in a meeting, and take the break after.',
          'Vary your breaks: neck and shoulders, back, legs.',
          'Meetings on the phone can be walking meetings.',
        ],
      },
      {
        type: 'p',
        text: 'How strong is the evidence? Ways of reducing sitting at work have been studied, but effects on back pain are small or uncertain, so the grade is C. Breaks are low-risk, cost nothing and help many people feel less stiff, which makes them worth trying.',
      },
      { type: 'try', text: 'Set up your break reminders.', link: { kind: 'breaks' } },
      {
        type: 'try',
        text: 'Try a two-minute shoulders and neck break.',
        link: { kind: 'routine', id: 'desk-shoulders-neck' },
      },
    ],
  }),
  defineLesson({
    id: 'travel-and-car',
    title: 'Travel, driving and your back',
    summary:
      'Long journeys mean long sitting, and a well-set seat, a lumbar cushion and regular stops are reasonable ways to arrive less stiff.',
    topics: ['travel', 'posture-sitting'],
    grade: 'D',
    gradeReason:
      'Car and travel set-up are comfort measures with little direct evidence; breaking up sitting is low-risk.',
    sources: [SOURCES.shrestha2018, SOURCES.niceNg59],
    reviewedAt: REVIEWED_AT,
    body: [
      {
        type: 'p',
        text: 'Long drives, flights and train journeys often set off back pain. You sit for hours, often in a seat that does not fit you, and there is lifting at both ends. Very little of the advice about travel has been tested in trials, so this lesson is graded D. The tips are sensible, low-risk and easy to try.',
      },
      {
        type: 'list',
        items: [
          'Set the car seat before you set off: sit right back, knees about level with hips, backrest slightly reclined.',
          'Bring the seat close enough to reach the pedals without stretching.',
          'Put a small cushion or rolled towel at the small of your back.',
          'Adjust the mirrors last, while sitting well, so they remind you to sit back up.',
          'On long drives, stop about every hour to walk and stretch for a few minutes.',
          'When flying, choose an aisle seat so you can get up whenever you need to.',
        ],
      },
      {
        type: 'p',
        text: 'Luggage is often the hardest part. Wheeled cases, two lighter bags instead of one heavy one, and asking for help with overhead lockers all reduce strain. When you lift, keep the bag close to your body and turn with your feet rather than twisting.',
      },
      {
        type: 'p',
        text: 'Hotel beds and pillows vary. A spare pillow between or under the knees can make an unfamiliar bed kinder to your back.',
      },
      {
        type: 'p',
        text: 'A short routine on arrival helps undo the journey.',
      },
      { type: 'try', text: 'Go through the travel checklist.', link: { kind: 'checklist', id: 'travel' } },
      {
        type: 'try',
        text: 'Try the five-minute travel stretch.',
        link: { kind: 'routine', id: 'travel-stretch-5' },
      },
    ],
  }),
];
