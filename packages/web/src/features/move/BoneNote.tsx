import { useTranslation } from 'react-i18next';

/** Why Move shows bone-safe exercises only: her profile says osteoporosis or osteopenia. */
export function BoneNote({ condition }: { condition: 'osteoporosis' | 'osteopenia' }) {
  const { t } = useTranslation();
  return (
    <p className="notice" data-testid="bone-note">
      {t('move.boneNote', { condition: t(`move.boneCondition.${condition}`) })}
    </p>
  );
}
