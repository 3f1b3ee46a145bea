import { useEffect, useRef } from 'react';
import './ui.css';

/** What an action did: a success (status) or a problem (alert), focused so it is read out at once. */
export function Message({ text, tone }: { text: string; tone: 'done' | 'error' }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (text) ref.current?.focus();
  }, [text]);
  if (!text) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      className={tone === 'error' ? 'notice message-error' : 'notice message-done'}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {text}
    </p>
  );
}
