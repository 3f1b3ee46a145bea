import type { TriageAnswerKey } from './schema.js';

/** A screening question as she reads it: the question, and why we ask (triage spec §7.1 wording rules). */
export interface TriageQuestionText {
  text: string;
  why: string;
}

/**
 * The English wording of every yes/no question, by answer key. The wording carries the spec's §7.1 rules
 * ("new", "not the usual small leak", "constipation alone does not count"); translations keep them.
 */
export const triageQuestions: Record<TriageAnswerKey, TriageQuestionText> = {
  saddle_numbness: {
    text: 'Is there new numbness or tingling around your bottom, genitals or inner thighs?',
    why: 'Numbness where you would sit on a saddle can mean nerves at the base of the spine are squeezed.',
  },
  bladder_change: {
    text: 'Is there a new change in your bladder: trouble starting or stopping, not feeling it fill, or new leaking? (Not an old, unchanged leak when you cough or sneeze.)',
    why: 'A new bladder change with back pain can come from the same nerves and needs checking at once.',
  },
  bowel_change: {
    text: 'Have you newly lost feeling or control of your bowels? (Constipation alone does not count.)',
    why: 'Losing bowel feeling or control is another sign those nerves are affected.',
  },
  sexual_numbness: {
    text: 'Have you noticed new loss of feeling during sex?',
    why: 'It is a less-known sign of the same nerve problem.',
  },
  both_legs_symptoms: {
    text: 'Is pain, numbness or tingling going down both legs at the same time?',
    why: 'Symptoms in both legs can mean pressure in the middle of the spine.',
  },
  leg_weakness_new: {
    text: 'Is a leg or foot newly weak — catching your toes, a floppy foot, or not being able to stand on tiptoe or heels?',
    why: 'New weakness needs a clinician to examine you the same day.',
  },
  leg_weakness_worsening: {
    text: 'If so, is that weakness getting worse?',
    why: 'Weakness that is getting worse needs emergency care.',
  },
  sudden_tearing_pain: {
    text: 'Did you have sudden, severe, tearing pain in your back or tummy, maybe feeling faint?',
    why: 'Rarely, this comes from the main blood vessel, not the back.',
  },
  chest_pain_breathless: {
    text: 'Do you have chest pain, breathlessness, or pain spreading to your arm or jaw?',
    why: 'Heart and lung problems can be felt in the upper back.',
  },
  fever: {
    text: 'Have you had a temperature of 38 °C or more, or felt hot and shivery, with the back pain?',
    why: 'Fever with back pain can mean an infection that needs checking today.',
  },
  one_leg_radiating: {
    text: 'Does pain, numbness or tingling go below the knee in one leg?',
    why: 'This is sciatica-type pain. It usually settles, but a clinician should review it.',
  },
  tingling_or_numbness: {
    text: 'Do you have numbness or tingling in a leg or foot?',
    why: 'Changes in feeling are worth an examination.',
  },
  night_pain_constant: {
    text: 'Is the pain constant, not eased by rest or changing position, and worse at night?',
    why: 'Pain that never lets up behaves differently from everyday back pain.',
  },
  getting_worse_despite_rest: {
    text: 'Is the pain steadily getting worse despite rest and simple painkillers?',
    why: 'Pain that keeps building is worth a clinician’s look.',
  },
  chest_or_upper_back_pain: {
    text: 'Is the pain mainly in your upper or middle back, between the shoulder blades?',
    why: 'Pain higher up the back has more possible causes, especially after 50.',
  },
  inflammatory_pattern: {
    text: 'Is your back stiff for more than 30 minutes after waking, easing as you move, or does pain wake you in the second half of the night?',
    why: 'This pattern can point to inflammation of the spine, which is often missed in women.',
  },
  unwell_generally: {
    text: 'Do you feel generally unwell?',
    why: 'Feeling ill in yourself alongside back pain changes what it might be.',
  },
  unexplained_weight_loss: {
    text: 'Have you lost weight without trying?',
    why: 'Unplanned weight loss is worth mentioning to a doctor.',
  },
  major_trauma: {
    text: 'Did the pain start after a serious accident or fall, like a car crash or a fall from a height?',
    why: 'A big impact can injure the spine.',
  },
  minor_trauma_or_strain: {
    text: 'Did something small happen just before it began — a fall from standing, a lift, a twist, a cough or a sneeze?',
    why: 'With fragile bones, even a small strain can crack a vertebra.',
  },
  osteoporosis_known: {
    text: 'Have you been told you have osteoporosis, or broken a bone from a small fall?',
    why: 'Fragile bones change what a strain or fall can mean.',
  },
  long_term_steroids: {
    text: 'Have you taken steroid tablets for 3 months or more?',
    why: 'Long courses of steroid tablets can weaken bones and immunity.',
  },
  cancer_history: {
    text: 'Have you ever had cancer, even long ago? (Skin cancers other than melanoma do not count.)',
    why: 'A past cancer changes which back-pain signs need a quick check.',
  },
  immunosuppressed: {
    text: 'Is your immune system weakened (for example by treatment), or have you had a recent spinal procedure or serious infection?',
    why: 'These raise the chance of an infection in the spine.',
  },
  height_loss_or_curve: {
    text: 'Have you lost height (about 4 cm or more) or noticed your upper back becoming more rounded?',
    why: 'This can be a sign of silent spine fractures from thinning bones.',
  },
};
