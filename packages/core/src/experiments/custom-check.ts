import type { ErrorDetail } from '../errors.js';
import type { Locale } from '../i18n/locales.js';
import { experimentT } from './i18n/index.js';
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
/**
 * German and Spanish medicine and supplement words, matched as the start of a word or, for the long
 * unambiguous stems, anywhere in one (German joins words: "Magnesiumtabletten", "Schmerzmittelpause").
 * Left out on purpose: "Rezept"/"receta" (also a cooking recipe), "pflanzlich" (also a plant-based diet).
 */
const stemsAnywhere = [
  'medikament',
  'arznei',
  'tablette',
  'kapsel',
  'schmerzmittel',
  'schmerztablette',
  'präparat',
  'nahrungsergänzung',
  'ergänzungsmittel',
  'hormon',
  'östrogen',
  'gestagen',
  'progesteron',
  'testosteron',
  'kortison',
  'cortison',
  'prednisolon',
  'antidepressiv',
  'muskelrelax',
  'homöopath',
  'globuli',
  'heilmittel',
  'dosis',
  'dosierung',
  'spritze',
  'verschrieb',
  'vitamin',
  'magnesium',
  'kalzium',
  'fischöl',
  'lebertran',
  'kurkuma',
  'kollagen',
  'glucosamin',
  'glukosamin',
  'melatonin',
  'morphin',
  'kodein',
  'codein',
  'amitriptylin',
  'duloxetin',
  'ibuprofen',
  'paracetamol',
  'medicamento',
  'fármaco',
  'farmaco',
  'pastilla',
  'píldora',
  'pildora',
  'cápsula',
  'analgésico',
  'analgesico',
  'calmante',
  'inyección',
  'inyeccion',
  'ibuprofeno',
  'naproxeno',
  'diclofenaco',
  'aspirina',
  'codeína',
  'morfina',
  'opioide',
  'antidepresivo',
  'relajante muscular',
  'corticoide',
  'cortisona',
  'hormona',
  'estrógeno',
  'suplemento',
  'vitamina',
  'magnesio',
  'calcio',
  'aceite de pescado',
  'cúrcuma',
  'curcuma',
  'curcumina',
  'colágeno',
  'colageno',
  'glucosamina',
  'condroitina',
  'melatonina',
  'homeopat',
  'remedio',
  'recetad',
];
/** Short German and Spanish words, matched only as the start of a word ("Eisen", not "Reisen"). */
const wordStarts = ['pille', 'eisen', 'zink', 'hierro', 'medizin', 'medicina'];
const otherMedicinePattern = new RegExp(
  `[\\p{L}]*(?:${stemsAnywhere.map(asPattern).join('|')})[\\p{L}]*|(?<![\\p{L}])(?:${wordStarts.join('|')})[\\p{L}]*`,
  'iu',
);

/** An amount with a dose unit ("400 mg", "2 x 500mg", "1000 IU", "5 ml"). */
const dosePattern = /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|μg|g|ml|iu|units?|drops?|puffs?)\b/i;

/** Why a custom experiment is refused, or an empty list when it may be set up. */
export function refuseMedicineExperiment(custom: CustomExperiment, locale: Locale = 'en'): ErrorDetail[] {
  const t = experimentT(locale);
  const problems: ErrorDetail[] = [];
  for (const field of ['title', 'intervention', 'control'] as const) {
    const text = custom[field];
    const word = medicinePattern.exec(text)?.[0] ?? otherMedicinePattern.exec(text)?.[0];
    const dose = dosePattern.exec(text)?.[0];
    if (word)
      problems.push({
        path: `custom.${field}`,
        message: t('medicineWord', { word }),
      });
    else if (dose)
      problems.push({
        path: `custom.${field}`,
        message: t('doseWord', { dose }),
      });
  }
  return problems;
}

/** The message shown above the field-level reasons when a custom experiment is refused (English; `medicineRefusalIn`). */
export const MEDICINE_REFUSAL =
  'This experiment looks like it is about a medicine, supplement or dose, so it can’t be set up here.';
