import { createHash } from 'node:crypto';
import { v5 } from 'uuid';

/**
 * Spinekind's namespace for name-based ids (RFC 9562 version 5). Fixed forever: changing it would change
 * every id derived from it.
 */
export const SPINEKIND_NAMESPACE = '41f154c6-c5c1-43bd-b343-516a0bc2e42a';

/**
 * The same name always gives the same id, so importing a file twice finds the rows of the first time and
 * an export names each record the same way every time. `kind` keeps names of different things apart.
 */
export function nameId(kind: string, name: string): string {
  return v5(`${kind}:${name}`, SPINEKIND_NAMESPACE);
}

/**
 * Ids issued before `nameId` (until December 2026): a hash of the name in a version-5 layout but without a
 * namespace. Rows keep the ids they were stored with; importers look for both forms so a re-import of an
 * old file still finds them. Never used for new ids.
 */
export const legacyNameId = {
  csvCheckin(canonical: string): string {
    return layout(createHash('sha1').update(`csv-checkin:${canonical}`).digest());
  },
  applePeriod(userId: string, startDate: string): string {
    return layout(createHash('sha256').update(`apple-health|${userId}|${startDate}`).digest());
  },
};

function layout(digest: Buffer): string {
  const b = Buffer.from(digest.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
