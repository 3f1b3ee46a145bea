import { eq } from 'drizzle-orm';
import type { UserScope } from '../db/scope.js';
import { programmeEnrolments } from './table.js';

/** A programme she follows, as the API and the backup carry it. */
export interface Enrolment {
  programmeId: string;
  startDate: string;
  timeZone: string;
  startedAt: string;
}

const toEnrolment = (row: typeof programmeEnrolments.$inferSelect): Enrolment => ({
  programmeId: row.programmeId,
  startDate: row.startDate,
  timeZone: row.timeZone,
  startedAt: row.startedAt.toISOString(),
});

/** Every programme she follows. */
export async function loadEnrolments(scope: UserScope): Promise<Enrolment[]> {
  const rows = await scope.db.select().from(programmeEnrolments).where(scope.where(programmeEnrolments));
  return rows.map(toEnrolment).sort((a, b) => a.programmeId.localeCompare(b.programmeId));
}

/** Starts (or restarts from a new day) one programme. */
export async function saveEnrolment(scope: UserScope, e: Enrolment): Promise<void> {
  const values = { startDate: e.startDate, timeZone: e.timeZone, startedAt: new Date(e.startedAt) };
  await scope.db
    .insert(programmeEnrolments)
    .values({ userId: scope.userId, programmeId: e.programmeId, ...values })
    .onConflictDoUpdate({
      target: [programmeEnrolments.userId, programmeEnrolments.programmeId],
      set: values,
    });
}

/** Stops following a programme; her logged sessions stay. Answers whether she was following it. */
export async function deleteEnrolment(scope: UserScope, programmeId: string): Promise<boolean> {
  const gone = await scope.db
    .delete(programmeEnrolments)
    .where(scope.where(programmeEnrolments, eq(programmeEnrolments.programmeId, programmeId)))
    .returning({ id: programmeEnrolments.programmeId });
  return gone.length > 0;
}

/** A backup's enrolments replace hers (inside the restore's transaction). */
export async function restoreEnrolments(tx: UserScope, enrolments: readonly Enrolment[]): Promise<number> {
  await tx.db.delete(programmeEnrolments).where(tx.where(programmeEnrolments));
  for (const e of enrolments) await saveEnrolment(tx, e);
  return enrolments.length;
}
