import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './ui.css';

/** Every screen: a visible title (focused on arrival, for screen readers), an optional back path, the help link. */
export function Page({
  title,
  back,
  children,
}: {
  title: string;
  back?: { to: string; label: string };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Spinekind`;
    // Once the browser has laid the new screen out for its paint: focusing makes it lay the page out at
    // once, which here was the whole screen's layout in one piece with React's (~160 ms on a slow phone).
    // Not if she has moved to a field meanwhile.
    const before = document.activeElement;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const active = document.activeElement;
        if (active === before || !active || active === document.body)
          heading.current?.focus({ preventScroll: true });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [title]);
  return (
    <>
      {back && (
        <Link className="back" to={back.to}>
          ← {back.label}
        </Link>
      )}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div className="stack">{children}</div>
      <footer className="footer">
        <Link to="/help">{t('footer.help')}</Link>
        <p className="muted">{t('footer.disclaimer')}</p>
      </footer>
    </>
  );
}

/**
 * A screen whose first view waits on data: skeleton cards filling a screen (so the footer below does not
 * jump when the content arrives), and a status line, shown only when `label` is given (a wait worth
 * naming); otherwise it is for assistive technology alone.
 */
export function ScreenPending({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack screen-pending" aria-busy="true">
      <p role="status" className={label ? undefined : 'visually-hidden'}>
        {label ?? t('app.loading')}
      </p>
      {[0, 1, 2].map((i) => (
        <div key={i} className="card skeleton" aria-hidden="true">
          <span className="skeleton-line" />
          <span className="skeleton-line" />
          <span className="skeleton-line" />
        </div>
      ))}
    </div>
  );
}
