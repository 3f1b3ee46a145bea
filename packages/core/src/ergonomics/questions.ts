import type { ErgonomicQuestion } from './question.js';
import { habitQuestions } from './questions-habits.js';
import { setUpQuestions } from './questions-set-up.js';

/** The whole desk self-check, in the order it is asked. */
export const ergonomicQuestions: readonly ErgonomicQuestion[] = [...setUpQuestions, ...habitQuestions];
