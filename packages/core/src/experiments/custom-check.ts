import type { ErrorDetail } from '../errors.js';
import type { CustomExperiment } from './schema.js';

/**
 * Words that make a custom experiment about medicines, supplements, hormones or treatment, which
 * the app never sets up (PRODUCT.md: it never recommends medicines or doses). Matched as whole words,
 * plural "s" allowed, case-insensitive. Deliberately broad: a false refusal costs a re-wording,
 * a false acceptance could mean stopping a prescribed treatment without a doctor.
 */
const medicineWords = [
  'medicine',
  'medication',
  'meds',
  'drug',
  'pill',
  'capsule',
  'painkiller',
  'pain killer',
  'prescription',
  'prescribed',
  'dose',
  'dosage',
  'injection',
  'jab',
  'ibuprofen',
  'paracetamol',
  'acetaminophen',
  'naproxen',
  'diclofenac',
  'aspirin',
  'nsaid',
  'codeine',
  'co-codamol',
  'tramadol',
  'morphine',
  'opioid',
  'oxycodone',
  'gabapentin',
  'pregabalin',
  'amitriptyline',
  'duloxetine',
  'antidepressant',
  'muscle relaxant',
  'diazepam',
  'steroid',
  'prednisolone',
  'cortisone',
  'hrt',
  'hormone',
  'estrogen',
  'oestrogen',
  'progesterone',
  'progestogen',
  'testosterone',
  'supplement',
  'vitamin',
  'multivitamin',
  'magnesium',
  'calcium',
  'iron',
  'zinc',
  'b12',
  'omega-3',
  'omega 3',
  'fish oil',
  'cod liver oil',
  'turmeric',
  'curcumin',
  'collagen',
  'glucosamine',
  'chondroitin',
  'melatonin',
  'cbd',
  'cannabis',
  'thc',
  'herbal',
  'homeopathic',
  'remedy',
  'remedies',
] as const;

const asPattern = (w: string) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+');
const medicinePattern = new RegExp(`\\b(${medicineWords.map(asPattern).join('|')})(e?s)?\\b`, 'i');
/** An amount with a dose unit ("400 mg", "2 x 500mg", "1000 IU", "5 ml"). */
const dosePattern = /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|μg|g|ml|iu|units?|drops?|puffs?)\b/i;

/** Why a custom experiment is refused, or an empty list when it may be set up. */
export function refuseMedicineExperiment(custom: CustomExperiment): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const field of ['title', 'intervention', 'control'] as const) {
    const text = custom[field];
    const word = medicinePattern.exec(text)?.[0];
    const dose = dosePattern.exec(text)?.[0];
    if (word)
      problems.push({
        path: `custom.${field}`,
        message: `“${word}” sounds like a medicine or supplement. Experiments here are for everyday habits only: changes to medicines or supplements are for you and your doctor or pharmacist to plan.`,
      });
    else if (dose)
      problems.push({
        path: `custom.${field}`,
        message: `“${dose}” looks like a dose. Experiments here are for everyday habits only, never doses: talk to your doctor or pharmacist about those.`,
      });
  }
  return problems;
}

/** The message shown above the field-level reasons when a custom experiment is refused. */
export const MEDICINE_REFUSAL =
  'This experiment looks like it is about a medicine, supplement or dose, so it can’t be set up here.';
