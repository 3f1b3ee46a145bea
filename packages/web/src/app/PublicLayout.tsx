import { Outlet } from 'react-router';
import { useSession } from '../features/auth/session';
import { DeviceLanguage } from './DeviceLanguage';
import { TopBar } from './TopBar';
import './layout.css';

/** Public pages (sign in, help): same look, no navigation. */
export function PublicLayout() {
  const session = useSession();
  return (
    <div className="shell shell-public">
      <main className="main" id="main">
        <TopBar signedIn={Boolean(session.data)} />
        <Outlet />
        <footer className="public-language">
          <DeviceLanguage />
        </footer>
      </main>
    </div>
  );
}
