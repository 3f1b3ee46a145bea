import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import './ui.css';

interface ToastMessage {
  id: number;
  text: string;
  action?: { label: string; run(): void };
  tone?: 'info' | 'error';
}
type Show = (
  text: string,
  options?: { action?: ToastMessage['action']; tone?: ToastMessage['tone']; ms?: number },
) => void;

const ToastContext = createContext<Show>(() => {});

/** Announces short confirmations politely to screen readers; an action (Undo) stays for 6 s. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const show = useCallback<Show>((text, options = {}) => {
    window.clearTimeout(timer.current);
    const id = Date.now();
    setToast({ id, text, action: options.action, tone: options.tone });
    timer.current = window.setTimeout(
      () => setToast((t) => (t?.id === id ? null : t)),
      options.ms ?? (options.action ? 6000 : 4000),
    );
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className={`toast toast-${toast.tone ?? 'info'}`}>
            <span className="toast-text">{toast.text}</span>
            {toast.action && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  toast.action?.run();
                  setToast(null);
                }}
              >
                {toast.action.label}
              </button>
            )}
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
