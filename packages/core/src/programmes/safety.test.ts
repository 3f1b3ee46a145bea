import { describe, expect, it } from 'vitest';
import { programmePause } from './safety.js';

describe('red flags pause the programme', () => {
  it('pauses for an urgent or emergency result in the last 7 days', () => {
    expect(programmePause([{ localDate: '2026-03-10', level: 'urgent' }], '2026-03-16')?.level).toBe(
      'urgent',
    );
    expect(programmePause([{ localDate: '2026-03-16', level: 'emergency' }], '2026-03-16')?.reason).toMatch(
      /paused until you have been checked/,
    );
  });

  it('does not pause for older, milder or followed-up results', () => {
    expect(programmePause([{ localDate: '2026-03-09', level: 'urgent' }], '2026-03-16')).toBeNull();
    expect(programmePause([{ localDate: '2026-03-15', level: 'soon' }], '2026-03-16')).toBeNull();
    expect(
      programmePause([{ localDate: '2026-03-15', level: 'urgent', followUp: 'checked' }], '2026-03-16'),
    ).toBeNull();
  });
});
