import type { Stage, TriageLevel } from '@spinekind/core';

// English words for the report (body areas and treatment kinds: core's `bodyAreaLabels`, `treatmentKindLabels`).

/** Screening outcomes in the words of the triage advice (spec §1). */
export const levelLabels: Record<TriageLevel, string> = {
  emergency: 'Emergency advice',
  urgent: 'Same-day advice',
  soon: 'Book an appointment',
  self_care: 'Self-care',
};

export const stageLabels: Record<Stage, string> = {
  reproductive: 'Reproductive (regular cycles)',
  early_transition: 'Early menopausal transition',
  late_transition: 'Late menopausal transition',
  postmenopause: 'Postmenopause',
  unknown: 'Not estimated',
};

/**
 * The report speaks as her ("summary for my doctor"), while the app's sentences speak to her: "your pain"
 * becomes "my pain", "after you started" becomes "after I started".
 */
export function firstPerson(sentence: string): string {
  return sentence
    .replace(/\byour\b/g, 'my')
    .replace(/\bYour\b/g, 'My')
    .replace(/\byou started\b/g, 'I started')
    .replace(/\bYou started\b/g, 'I started');
}
