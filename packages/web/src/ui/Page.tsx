import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

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
    heading.current?.focus({ preventScroll: true });
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
