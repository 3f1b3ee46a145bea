import { BONE_CONSENSUS_CITATION, lessonFor } from '@spinekind/core';
import { useTranslation } from 'react-i18next';
import { LessonLink } from '../../ui/LessonLink';
import type { BoneCondition, BoneStatus } from './bone-status';

/** The id of a routine's bone status note, which a waiting Start button points at. */
export const BONE_WHY = 'bone-status-why';

/** The one source cited for bone-safe exercise, under each note about it. */
function BoneSource() {
  const { t } = useTranslation();
  return <span className="bone-source">{t('move.boneSource', { source: BONE_CONSENSUS_CITATION })}</span>;
}

/** Why Move shows bone-safe exercises only: her profile says osteoporosis or osteopenia; then the bone lesson. */
export function BoneNote({ condition }: { condition: BoneCondition }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="notice" data-testid="bone-note">
        {t('move.boneNote', { condition: t(`move.boneCondition.${condition}`) })} <BoneSource />
      </p>
      <LessonLink id={lessonFor.boneNote} />
    </>
  );
}

/**
 * What Move knows of her bones, said once at the top of a list: the bone note when her profile
 * says so, "checking" while her answer is on its way, or that routines play bone-safe because it
 * cannot be checked. Nothing when her answer is known and her bones are not fragile.
 * `about`: a list of routines or the one routine shown.
 */
export function BoneStatusNote({
  status,
  about,
  id,
  source = true,
}: {
  status: BoneStatus;
  about: 'list' | 'routine';
  /** For the Start button that waits to point at (`aria-describedby`). */
  id?: string;
  /** Off in a small card (today's plan), where the note is only a passing "checking". */
  source?: boolean;
}) {
  const { t } = useTranslation();
  if (status.state === 'known') return status.condition ? <BoneNote condition={status.condition} /> : null;
  const key = status.state === 'checking' ? 'boneChecking' : 'boneUnknown';
  return (
    <p className="notice" role="status" id={id} data-testid="bone-status">
      {t(about === 'list' ? `move.${key}` : `routine.${key}`)} {source && <BoneSource />}
    </p>
  );
}
