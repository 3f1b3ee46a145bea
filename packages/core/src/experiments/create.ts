import { DomainError } from '../errors.js';
import type { Locale } from '../i18n/locales.js';
import { refuseMedicineExperiment } from './custom-check.js';
import { experimentEndDate, experimentSchedule } from './design.js';
import { experimentT, medicineRefusalIn } from './i18n/index.js';
import { EXPERIMENT_LIMITS, type ExperimentInput, type StoredExperiment } from './schema.js';
import { experimentTemplateById } from './templates.js';

/** What the server hands in: her today, the time and a fresh random seed (core draws no randomness). */
export interface NewExperimentContext {
  today: string;
  now: Date;
  seed: number;
  /** Her language: the question of her own experiment and a refusal are written in it (English by default). */
  locale?: Locale;
}

/**
 * Sets up an experiment from a template or her own A/B: checks the start date and the custom text,
 * fills in the design's defaults, and draws the schedule from the seed.
 */
export function newExperiment(input: ExperimentInput, ctx: NewExperimentContext): StoredExperiment {
  if (input.startDate < ctx.today)
    throw new DomainError('validation_failed', 'Start today or on a later day.', [
      { path: 'startDate', message: `Start on ${ctx.today} or later.` },
    ]);
  const template = input.templateId ? experimentTemplateById(input.templateId) : undefined;
  if (input.templateId && !template)
    throw new DomainError('validation_failed', 'There is no experiment template with this id.', [
      { path: 'templateId', message: 'Unknown template.' },
    ]);
  if (input.custom) {
    const problems = refuseMedicineExperiment(input.custom, ctx.locale);
    if (problems.length)
      throw new DomainError('validation_failed', medicineRefusalIn(ctx.locale ?? 'en'), problems);
  }
  const periodDays = input.periodDays ?? template?.periodDays ?? EXPERIMENT_LIMITS.periodDays.default;
  const pairs = input.pairs ?? template?.pairs ?? EXPERIMENT_LIMITS.pairs.default;
  const washoutDays = input.washoutDays ?? template?.washoutDays ?? EXPERIMENT_LIMITS.washoutDays.default;
  if (periodDays - washoutDays < 2)
    throw new DomainError('validation_failed', 'Leave at least 2 days of each period after the washout.', [
      {
        path: 'washoutDays',
        message: `Use at most ${periodDays - 2} washout days with ${periodDays}-day periods.`,
      },
    ]);
  const design = { startDate: input.startDate, periodDays, pairs, washoutDays, seed: ctx.seed };
  const now = ctx.now.toISOString();
  // The question of her own experiment, in her words and language.
  const words = template ?? {
    ...(input.custom as NonNullable<ExperimentInput['custom']>),
    question: experimentT(ctx.locale ?? 'en')('customQuestion', { title: input.custom?.title ?? '' }),
  };
  return {
    id: input.id,
    templateId: template?.id ?? null,
    title: words.title,
    question: words.question,
    intervention: words.intervention,
    control: words.control,
    ...design,
    endDate: experimentEndDate(design),
    outcome: input.outcome ?? template?.outcome ?? 'pain',
    schedule: experimentSchedule(design),
    adherence: [],
    stoppedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
