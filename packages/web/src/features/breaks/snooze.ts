import { type BreakSettings, type SnoozeMinutes, snoozeChoices } from '@spinekind/core';
import { useEffect, useState } from 'react';

/**
 * The snoozes to offer now (core `snoozeChoices`: none that would end after work, in lunch or on a day
 * off), looked at again every half minute so a screen left open stops offering them in time.
 */
export function useSnoozeChoices(settings: BreakSettings | undefined): SnoozeMinutes[] {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  return settings ? snoozeChoices(settings, now) : [];
}
