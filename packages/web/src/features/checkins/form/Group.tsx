import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An optional part of the check-in behind a named disclosure button ("Add sleep"): closed until she opens
 * it, pins it open (remembered in her profile), or it holds an answer.
 */
export function Group({
  title,
  open,
  onToggle,
  pinned,
  onPin,
  children,
}: {
  title: string;
  open: boolean;
  onToggle(): void;
  pinned: boolean;
  onPin(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card group" aria-labelledby={`${id}-title`} data-open={open}>
      <h2 className="group-head">
        <button
          type="button"
          id={`${id}-title`}
          className="group-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={onToggle}
        >
          <span>{title}</span>
          <svg className="chevron" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path d="M6 9l6 6 6-6" />
          </svg>
        </button>
      </h2>
      <div id={`${id}-body`} className="group-body" hidden={!open}>
        {open && (
          <>
            {children}
            <label className="check group-pin">
              <input type="checkbox" checked={pinned} onChange={onPin} />
              <span>{t('checkin.keepOpen')}</span>
            </label>
          </>
        )}
      </div>
    </section>
  );
}
