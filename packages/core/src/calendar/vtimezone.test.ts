import { describe, expect, it } from 'vitest';
import { offsetChanges, vtimezone } from './vtimezone.js';

const ms = (iso: string) => Date.parse(iso);

describe('VTIMEZONE', () => {
  it('finds London clock changes to the minute', () => {
    const changes = offsetChanges('Europe/London', ms('2026-01-01T00:00:00Z'), ms('2026-12-31T00:00:00Z'));
    expect(changes.map((c) => new Date(c).toISOString())).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
    ]);
  });

  it('writes observances with local onsets and offsets', () => {
    const text = vtimezone('Europe/London', ms('2026-03-01T00:00:00Z'), ms('2026-04-30T00:00:00Z'));
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/London',
      'BEGIN:STANDARD',
      'DTSTART:20260301T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T010000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
  });

  it('handles half-hour zones and southern-hemisphere daylight time', () => {
    const text = vtimezone('Australia/Adelaide', ms('2026-03-01T00:00:00Z'), ms('2026-05-01T00:00:00Z'));
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260301T103000\r\nTZOFFSETFROM:+1030');
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20260405T030000\r\nTZOFFSETFROM:+1030\r\nTZOFFSETTO:+0930',
    );
  });

  it('has a single observance for a zone without clock changes', () => {
    const text = vtimezone('Asia/Kolkata', ms('2026-03-01T00:00:00Z'), ms('2026-05-01T00:00:00Z'));
    expect(text.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(text).toContain('TZOFFSETTO:+0530');
  });
});
