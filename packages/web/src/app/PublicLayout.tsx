import { Outlet } from 'react-router';
import { useSignedIn } from '../features/auth/public-api';
import { DeviceLanguage } from './DeviceLanguage';
import { TopBar } from './TopBar';
import './layout.css';

/** Public pages (sign in, help): same look, no navigation. */
export function PublicLayout() {
  const signedIn = useSignedIn();
  return (
    <div className="shell shell-public">
      <main className="main" id="main">
        <TopBar signedIn={signedIn} />
        <Outlet />
        <footer className="public-language">
          <DeviceLanguage />
        </footer>
      </main>
    </div>
  );
}
