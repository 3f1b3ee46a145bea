import { useEffect } from 'react';

/**
 * Forms she has typed into and not yet saved, app-wide. The shell reads it so an ended session does not
 * take her to sign-in while she is half-way through a form: she saves first (kept on the device), then
 * signs in.
 */
const holders = new Set<symbol>();
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

export const unsavedWork = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): boolean => holders.size > 0,
};

/** Marks the calling form as holding unsaved work while `dirty`. */
export function useUnsaved(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const key = Symbol('unsaved');
    holders.add(key);
    emit();
    return () => {
      holders.delete(key);
      emit();
    };
  }, [dirty]);
}
