import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

// The sync badge reads the on-device database; it loads with the signed-in shell, not the first page.
const SyncBadge = lazy(() => import('./SyncBadge').then((m) => ({ default: m.SyncBadge })));

export function TopBar({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="topbar">
      <Link to="/" className="brand">
        <img src="/icon.svg" alt="" />
        {t('app.name')}
      </Link>
      {signedIn && (
        <Suspense fallback={null}>
          <SyncBadge />
        </Suspense>
      )}
    </div>
  );
}
