import { type DailyMetricSource, dailyMetricSourceNames } from '@spinekind/core';
import type { TFunction } from 'i18next';

/** An app she imported from as she knows it ("Clue", "Apple Health"); a FHIR file in her language's words. */
export const sourceName = (source: DailyMetricSource, t: TFunction): string =>
  source === 'fhir' ? t('sources.fhir') : dailyMetricSourceNames[source];
