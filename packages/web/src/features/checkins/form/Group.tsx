import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

/** A form section the user can fold away; the choice is remembered across devices (profile). */
export function Group({
  title,
  hidden,
  onToggle,
  children,
}: {
  title: string;
  hidden?: boolean;
  onToggle?(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card group" aria-labelledby={id}>
      <div className="group-head">
        <h2 id={id}>{title}</h2>
        {onToggle && (
          <Button
            variant="quiet"
            aria-expanded={!hidden}
            onClick={onToggle}
            aria-label={`${hidden ? t('checkin.show') : t('checkin.hide')}: ${title}`}
          >
            {hidden ? t('checkin.show') : t('checkin.hide')}
          </Button>
        )}
      </div>
      {!hidden && <div className="group-body">{children}</div>}
    </section>
  );
}
