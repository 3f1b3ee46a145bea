import { describe, expect, it } from 'vitest';
import { formatCell, parseTextCell } from './cells.js';

describe('the formula guard on text cells', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1+1', '＋1', '－1', '＠SUM(A1)'])(
    'marks text starting like a formula (%j) and reads it back unchanged',
    (text) => {
      const cell = formatCell(text, 'text');
      expect(cell).toBe(`'${text}`);
      expect(parseTextCell(cell)).toBe(text);
    },
  );

  it('leaves ordinary text, numbers and values alone', () => {
    expect(formatCell('sore after gardening', 'text')).toBe('sore after gardening');
    expect(formatCell(-3)).toBe('-3');
    expect(formatCell('-3')).toBe('-3');
  });

  it('keeps a leading quote that did not guard a formula', () => {
    expect(parseTextCell("'tis the season")).toBe("'tis the season");
  });
});
