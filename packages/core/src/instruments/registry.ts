import { functionTests } from './function-tests.js';
import { gad2, phq2 } from './mood.js';
import { mrs } from './mrs.js';
import { peg } from './peg.js';
import { rmdq } from './rmdq.js';
import type { Instrument } from './types.js';

/** Every questionnaire the app offers, in display order (the function tests are their own list). */
export const instruments: readonly Instrument[] = [peg, mrs, rmdq, phq2, gad2];
export const instrumentIds = [
  'peg',
  'mrs',
  'rmdq',
  'phq2',
  'gad2',
  'chair_stand',
  'single_leg_stance',
  'balance_4stage',
] as const;
export type InstrumentId = (typeof instrumentIds)[number];

export function instrumentById(id: string): Instrument | undefined {
  return instruments.find((i) => i.id === id) ?? functionTests.find((i) => i.id === id);
}
