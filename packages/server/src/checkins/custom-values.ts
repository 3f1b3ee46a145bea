import { type CheckinInput, checkCustomValues, DomainError } from '@spinekind/core';
import type { UserScope } from '../db/scope.js';
import { resourceStore } from '../resources/crud.js';
import { trackerResource } from '../routes/tracking.js';

/** Rejects custom values that don't match the user's tracker definitions (archived trackers still count). */
export async function assertCustomValues(
  input: Pick<CheckinInput, 'custom'>,
  scope: UserScope,
): Promise<void> {
  if (!input.custom || Object.keys(input.custom).length === 0) return;
  const defs = await resourceStore(trackerResource, scope).list();
  const problems = checkCustomValues(input.custom, defs);
  if (problems.length) throw new DomainError('validation_failed', 'Some values are not valid.', problems);
}
