import type { ReasonId, TriageLevel } from './schema.js';

/** The fixed advice per level, byte-exact from triage-spec.md §5 (plain ASCII hyphens on purpose). */
export const triageAdvice: Record<TriageLevel, string> = {
  emergency:
    'Some of your answers can be signs of a serious problem that needs emergency care. Call your local emergency number or go to the nearest emergency department now - do not wait to see if it settles, and do not drive yourself.',
  urgent:
    "Some of your answers need a clinician to check you today. Contact your doctor's practice or an urgent-care service now and ask to be seen within 24 hours; if you get worse before then, call your local emergency number.",
  soon: 'Nothing suggests an emergency, but one or more answers should be looked at by a GP or physiotherapist. Book an appointment within the next 1-2 weeks and carry on with your self-care plan; check again straight away if new symptoms appear.',
  self_care:
    'No warning signs were found. Keep gently active, use the self-care plan and simple pain relief if it suits you, and see a GP or physiotherapist if you are not clearly improving after 4-6 weeks or if anything new develops.',
};

/** Plain labels for showing the user why (spec §7.2). */
export const reasonLabels: Record<ReasonId, string> = {
  saddle_numbness: 'New numbness around your bottom, genitals or inner thighs',
  bladder_change: 'New change in how your bladder works or feels',
  bowel_change: 'New change in feeling or controlling your bowels',
  sexual_numbness: 'New loss of feeling during sex',
  leg_weakness_worsening: 'Leg weakness that is getting worse',
  leg_weakness_new: 'New weakness in a leg or foot',
  both_legs_symptoms: 'Symptoms going down both legs',
  one_leg_radiating: 'Pain or tingling below the knee in one leg',
  tingling_or_numbness: 'Numbness or tingling in a leg or foot',
  fever: 'High temperature or feeling hot and shivery',
  unexplained_weight_loss: 'Losing weight without trying',
  cancer_history: 'Having had cancer in the past',
  night_pain_constant: 'Constant pain that rest does not ease, worse at night',
  getting_worse_despite_rest: 'Pain steadily getting worse despite rest and painkillers',
  major_trauma: 'A serious accident or fall',
  minor_trauma_or_strain: 'Pain starting after a small fall, lift, twist, cough or sneeze',
  osteoporosis_known: 'Known osteoporosis or a previous fragility fracture',
  long_term_steroids: 'Taking steroid tablets for 3 months or more',
  immunosuppressed: 'A weakened immune system or other infection risk',
  chest_or_upper_back_pain: 'Pain mainly in the upper or middle back',
  sudden_tearing_pain: 'Sudden severe tearing pain',
  chest_pain_breathless: 'Chest pain, breathlessness or pain spreading to arm or jaw',
  unwell_generally: 'Feeling generally unwell',
  inflammatory_pattern: 'Stiffness pattern that can point to inflammatory back pain',
  height_loss_or_curve: 'Height loss or a more rounded upper back',
  age: 'Your age (combined with the answer above)',
  pain_weeks: 'How long this episode has lasted',
};
