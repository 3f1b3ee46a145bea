import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Later } from '../ui/Later';

// The sync badge reads the on-device database; it loads with the signed-in shell, not the first page. Through
// `Later`: a badge that could not be downloaded (offline before it ever arrived) leaves the screen as it is.
const loadSyncBadge = () => import('./SyncBadge').then((m) => ({ Component: m.SyncBadge }));

export function TopBar({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="topbar">
      <Link to="/" className="brand">
        <img src="/icon.svg" alt="" />
        {t('app.name')}
      </Link>
      {signedIn && <Later load={loadSyncBadge} />}
    </div>
  );
}
