import { type ComponentType, lazy, Component as ReactComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { matchRoutes, type RouteObject, useLocation } from 'react-router';
import { type CopyBundle, withCopy } from '../i18n/lazy';
import { TopBar } from './TopBar';

// Screens load on demand with plain React.lazy under <BrowserRouter>: the app uses no loaders or
// actions, so the data router (about 16 KB gzip of the first load) is not needed.

type ScreenModule = { Component: ComponentType };

const starters = new WeakMap<object, () => Promise<unknown>>();
let table: RouteObject[] = [];

/** The route table, kept so a screen that starts loading can start its nested screens too. */
export function screens(routes: RouteObject[]): RouteObject[] {
  table = routes;
  return routes;
}

/**
 * A route element that loads its module and its feature copy (i18n/lazy.ts) on first render.
 * The first screen to load starts every screen the address shows at once (a layout and its page),
 * so nested screens download side by side instead of one after the other.
 */
export function page(load: () => Promise<ScreenModule>, ...copy: CopyBundle[]) {
  let started: Promise<{ default: ComponentType }> | undefined;
  const start = () => {
    started ??= withCopy(load, ...copy)().then(
      (m) => ({ default: m.Component }),
      (err: unknown) => {
        started = undefined;
        throw err;
      },
    );
    return started;
  };
  const Screen = lazy(() => {
    for (const m of matchRoutes(table, window.location.pathname) ?? [])
      void starters.get(m.route.element as object)?.();
    return start();
  });
  const element = <Screen />;
  starters.set(element, start);
  return element;
}

function Failed() {
  const { t } = useTranslation();
  return (
    <div className="shell shell-public">
      <main className="main" id="main">
        <TopBar signedIn={false} />
        <h1>{t('errors.generic')}</h1>
        {/* A full load: it also recovers from a screen that could not be downloaded. */}
        <a href="/">{t('errors.home')}</a>
      </main>
    </div>
  );
}

class Boundary extends ReactComponent<{ pathname: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error(error);
  }
  override componentDidUpdate(prev: { pathname: string }) {
    if (this.state.failed && prev.pathname !== this.props.pathname) this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? <Failed /> : this.props.children;
  }
}

/** A screen that throws (or cannot be downloaded) shows a calm message; moving elsewhere clears it. */
export function ScreenErrors({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary pathname={pathname}>{children}</Boundary>;
}
