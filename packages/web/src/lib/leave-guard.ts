import { useEffect } from 'react';
import { useUnsaved } from './unsaved';

/**
 * While `dirty`, leaving asks first: closing or reloading the tab (the browser's own question), and
 * following a link inside the app (`question`, answered with the browser's confirm). The app uses a
 * plain BrowserRouter, which has no navigation blocker, so links are caught on their way to React
 * Router: a click it sees already prevented is left alone.
 */
export function useLeaveGuard(dirty: boolean, question: string): void {
  useUnsaved(dirty);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
      if (link.origin !== window.location.origin || link.pathname === window.location.pathname) return;
      if (!window.confirm(question)) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    // Capture phase on the document: before React's own listeners on the root element.
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, question]);
}
