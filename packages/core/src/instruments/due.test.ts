import { describe, expect, it } from 'vitest';
import { addDays } from '../cycle/days.js';
import { dueInstruments } from './due.js';

const today = '2026-03-31';
const daysAgo = (n: number) => addDays(today, -n);

describe('due questionnaires', () => {
  it('offers everything never answered, opt-in ones only when chosen', () => {
    expect(dueInstruments({ lastCompleted: {}, optedIn: [], today })).toEqual(['peg', 'mrs', 'rmdq']);
    expect(dueInstruments({ lastCompleted: {}, optedIn: ['phq2'], today })).toEqual([
      'peg',
      'mrs',
      'rmdq',
      'phq2',
    ]);
    expect(dueInstruments({ lastCompleted: {}, optedIn: true, today })).toEqual([
      'peg',
      'mrs',
      'rmdq',
      'phq2',
      'gad2',
    ]);
  });

  it('offers PEG again after 7 days, not 6', () => {
    expect(dueInstruments({ lastCompleted: { peg: daysAgo(6), rmdq: today }, optedIn: [], today })).toEqual([
      'mrs',
    ]);
    expect(dueInstruments({ lastCompleted: { peg: daysAgo(7) }, optedIn: [], today })).toContain('peg');
  });

  it('offers the MRS again after 30 days, not 29', () => {
    expect(dueInstruments({ lastCompleted: { mrs: daysAgo(29), rmdq: today }, optedIn: [], today })).toEqual([
      'peg',
    ]);
    expect(dueInstruments({ lastCompleted: { mrs: daysAgo(30) }, optedIn: [], today })).toContain('mrs');
  });

  it('offers the RMDQ again after 30 days, not 29', () => {
    const lastCompleted = { peg: today, mrs: today };
    expect(
      dueInstruments({ lastCompleted: { ...lastCompleted, rmdq: daysAgo(29) }, optedIn: [], today }),
    ).toEqual([]);
    expect(
      dueInstruments({ lastCompleted: { ...lastCompleted, rmdq: daysAgo(30) }, optedIn: [], today }),
    ).toEqual(['rmdq']);
  });

  it('offers PHQ-2 and GAD-2 again after 14 days, not 13', () => {
    const lastCompleted = { peg: today, mrs: today, rmdq: today, phq2: daysAgo(14), gad2: daysAgo(13) };
    expect(dueInstruments({ lastCompleted, optedIn: ['phq2', 'gad2'], today })).toEqual(['phq2']);
  });

  it('ignores a last date after today', () => {
    const lastCompleted = { peg: '2026-04-02', mrs: today, rmdq: today };
    expect(dueInstruments({ lastCompleted, optedIn: [], today })).toEqual([]);
  });
});
