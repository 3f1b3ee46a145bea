import { hold, reps } from './dose.js';
import { drawn } from './illustrations/drawn.js';
import type { Beat, Exercise } from './types.js';

/**
 * Guided relaxation (issue #17, point 5): slow paced breathing, tense-and-release muscle groups
 * (progressive muscle relaxation), a quiet rest and a body scan. The player speaks each `rhythm`
 * line in turn. Nothing here bends or twists the spine, so all of it is bone-safe.
 */

/** Tense for about 5 s, then let go for about 15 s: one repetition of a muscle group. */
const tenseRelease = (tense: string, release: string): Beat[] => [
  { say: tense, seconds: 5 },
  { say: release, seconds: 15 },
];

const gently = 'Tense gently, at about half your strength, never to the point of pain or cramp.';
const leaveOut = 'Leave out any part that is injured or hurts: just rest it and breathe.';

/** A tense-and-release muscle group, seated or lying, three times (each side when `perSide`). */
function muscleGroup(entry: {
  id: string;
  name: string;
  tense: string;
  release: string;
  steps: string[];
  mistakes: string[];
  cautions: string[];
  alt: string;
  perSide?: boolean;
}): Exercise {
  const { tense, release, perSide, ...rest } = entry;
  return drawn({
    ...rest,
    purpose:
      'Tightening a group of muscles gently and then letting go helps you notice tension and feel it ease.',
    cues: [tense, release, 'Notice the difference'],
    equipment: ['chair'],
    dose: reps(3, 1, 20, perSide ? { perSide } : {}),
    tags: ['relax'],
    boneSafe: true,
    rhythm: tenseRelease(tense, release),
  });
}

export const relaxExercises: readonly Exercise[] = [
  drawn({
    id: 'paced-breathing',
    name: 'Slow paced breathing',
    purpose:
      'Slows your breathing to about six breaths a minute, which may help you feel calmer and let tense muscles soften.',
    steps: [
      'Sit or lie comfortably with your back supported and a hand resting on your tummy.',
      'Breathe in gently through your nose while the voice says "Breathe in", for about five seconds.',
      'Breathe out slowly through your nose or softly parted lips for about five seconds.',
      'Keep each breath soft and quiet: it should never feel like hard work.',
      'If the pace feels too slow, breathe a little faster; feeling comfortable matters more than the count.',
    ],
    cues: ['Breathe in', 'And out, slowly', 'Soft and easy'],
    mistakes: [
      'Taking huge breaths that leave you dizzy.',
      'Lifting your shoulders as you breathe in.',
      'Straining to keep the pace when it feels uncomfortable.',
    ],
    equipment: ['none'],
    dose: reps(30, 1, 10),
    tags: ['relax', 'breathing'],
    cautions: [
      'Stop and breathe normally if you feel light-headed or tingly.',
      'If slow breathing makes you feel anxious, open your eyes and breathe at your own pace.',
    ],
    boneSafe: true,
    alt: 'A person sitting upright on a chair with both hands resting on the tummy.',
    rhythm: [
      { say: 'Breathe in', seconds: 5 },
      { say: 'And out, slowly', seconds: 5 },
    ],
  }),
  muscleGroup({
    id: 'pmr-arm',
    name: 'Tense and release: hand and arm',
    tense: 'Make a fist and tighten your arm',
    release: 'And let go. Let your arm rest heavy',
    perSide: true,
    steps: [
      'Sit or lie comfortably with your arms resting.',
      'Make a fist and bend your elbow a little to tighten your hand, forearm and upper arm.',
      'Hold the tension for about five seconds and keep breathing.',
      'Let go all at once and let the arm rest heavy for about fifteen seconds.',
      'Notice how the arm feels now compared with when it was tight.',
    ],
    mistakes: ['Squeezing as hard as you can.', 'Holding your breath while you tense.'],
    cautions: [gently, leaveOut],
    alt: 'A person sitting on a chair with one arm bent and the hand in a fist.',
  }),
  muscleGroup({
    id: 'pmr-neck-shoulders',
    name: 'Tense and release: neck and shoulders',
    tense: 'Lift your shoulders up to your ears',
    release: 'And drop them. Let them hang',
    steps: [
      'Sit tall with your arms resting and your head level.',
      'Lift both shoulders up towards your ears and hold for about five seconds.',
      'Let them drop all at once and hang heavy for about fifteen seconds.',
      'Notice the space between your ears and shoulders as the neck lengthens.',
    ],
    mistakes: ['Pushing your head back or tipping it far forward.', 'Holding your breath.'],
    cautions: [gently, 'Stop if it brings on pain, tingling or numbness down an arm.'],
    alt: 'A person sitting on a chair with the shoulders lifted towards the ears; the dropped shoulders are dashed.',
  }),
  muscleGroup({
    id: 'pmr-face',
    name: 'Tense and release: face and jaw',
    tense: 'Scrunch up your face',
    release: 'And release. Jaw loose, teeth apart',
    steps: [
      'Sit or lie comfortably.',
      'Squeeze your eyes shut, wrinkle your nose and press your lips together gently.',
      'Hold for about five seconds.',
      'Let go: let your forehead smooth out, your jaw hang loose and your teeth part.',
    ],
    mistakes: ['Clenching your teeth hard.', 'Rushing the letting go.'],
    cautions: [gently, 'If your jaw clicks or aches, leave the jaw out and scrunch only your eyes and nose.'],
    alt: 'A person sitting upright on a chair, head level, face relaxed.',
  }),
  muscleGroup({
    id: 'pmr-tummy',
    name: 'Tense and release: tummy',
    tense: 'Gently tighten your tummy',
    release: 'And let it soften',
    steps: [
      'Sit or lie with a hand on your tummy.',
      'Gently tighten your tummy muscles, as if getting ready for a light tap.',
      'Hold for about five seconds and keep breathing.',
      'Let the tummy soften completely and let your breath flow.',
    ],
    mistakes: ['Holding your breath while you tense.', 'Pulling in so hard that your back arches or rounds.'],
    cautions: [gently, 'If your back complains, make the tension smaller or leave this group out.'],
    alt: 'A person sitting on a chair with a hand on the tummy.',
  }),
  muscleGroup({
    id: 'pmr-buttocks',
    name: 'Tense and release: buttocks',
    tense: 'Squeeze your buttocks together',
    release: 'And let go. Let your hips sink',
    steps: [
      'Sit or lie comfortably with your legs resting.',
      'Squeeze your buttocks together and hold for about five seconds.',
      'Let go and let your hips sink into the chair or the floor.',
      'Notice the muscles softening.',
    ],
    mistakes: ['Lifting off the seat.', 'Tensing your back at the same time.'],
    cautions: [gently, leaveOut],
    alt: 'A person sitting upright on a chair with the hands resting on the knees.',
  }),
  muscleGroup({
    id: 'pmr-leg',
    name: 'Tense and release: leg and foot',
    tense: 'Pull your toes up and tighten your leg',
    release: 'And let go. Let your leg rest heavy',
    perSide: true,
    steps: [
      'Sit or lie with your legs resting.',
      'Straighten one knee a little and pull your toes up towards you to tighten the thigh and calf.',
      'Hold for about five seconds and keep breathing.',
      'Let go and let the leg rest heavy for about fifteen seconds.',
    ],
    mistakes: ['Pointing your toes, which can bring on a cramp.', 'Locking the knee hard.'],
    cautions: [gently, 'If your calf starts to cramp, let go straight away and move your foot gently.'],
    alt: 'A person sitting on a chair with one leg straightened out in front and the toes pulled up.',
  }),
  drawn({
    id: 'quiet-rest',
    name: 'Quiet rest',
    purpose: 'A few still minutes to notice how your body feels after relaxing, before you get up.',
    steps: [
      'Sit back or lie down comfortably, with your eyes closed or resting on one spot.',
      'Let your breathing find its own pace.',
      'When thoughts pull you away, notice that, and come back to your breath.',
      'Before getting up, move your fingers and toes and stretch gently.',
    ],
    cues: ['Let your whole body rest', 'Breathe at your own pace', 'Take your time getting up'],
    mistakes: ['Jumping straight up at the end.'],
    equipment: ['mat'],
    dose: hold(120),
    tags: ['relax'],
    cautions: ['If you are lying down, roll onto your side first and push up with your arms to get up.'],
    boneSafe: true,
    alt: 'A person lying on their back on a mat, legs long and arms by the sides.',
    rhythm: [
      { say: 'Let your whole body rest', seconds: 60 },
      { say: 'Breathe at your own pace. Let thoughts come and go', seconds: 60 },
    ],
  }),
  drawn({
    id: 'body-scan',
    name: 'Body scan',
    purpose:
      'Moves your attention slowly through your body, noticing each part without trying to change it. It may help you feel calmer and more at ease with tension.',
    steps: [
      'Lie on your back with a pillow under your knees, or sit in a chair that supports your back.',
      'Let your eyes close or rest softly on one spot, and notice your breathing for a moment.',
      'Follow the voice from your feet up to your head, resting your attention on each part.',
      'Notice whatever is there: warmth, pressure, tingling, tightness, ache, or nothing at all.',
      'When your mind wanders, which it will, gently bring it back to where you were.',
    ],
    cues: [
      'Notice without changing anything',
      'Let each part soften',
      'Come back gently when your mind wanders',
    ],
    mistakes: ['Trying to force a part to relax.', 'Judging yourself when your mind wanders.'],
    equipment: ['mat'],
    dose: hold(600),
    tags: ['relax'],
    cautions: [
      'If resting your attention on a painful area makes it feel worse, move it to a part that feels neutral, or to your breath.',
      'If turning inwards brings up strong distress, open your eyes and stop; talk to your GP if this keeps happening.',
    ],
    boneSafe: true,
    alt: 'A person lying on their back on a mat, legs long and arms by the sides.',
    rhythm: [
      { say: 'Notice your breath, and where your body is supported', seconds: 60 },
      { say: 'Bring your attention to your feet and toes', seconds: 60 },
      { say: 'Now your ankles, calves and knees', seconds: 60 },
      { say: 'Now your thighs and hips', seconds: 60 },
      { say: 'Now your lower back. Notice it, without trying to change it', seconds: 60 },
      { say: 'Now your tummy and chest, rising and falling', seconds: 60 },
      { say: 'Now your upper back and shoulders', seconds: 60 },
      { say: 'Now your arms and hands', seconds: 60 },
      { say: 'Now your neck, jaw and face', seconds: 60 },
      { say: 'Now your whole body, resting and breathing', seconds: 60 },
    ],
  }),
];
