import { checkinCsvFields, checkinFieldNames } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { dataCopy } from './en-data';
import { shellCopy } from './en-shell';

// A check-in field added in core needs a name wherever the app lists fields: the CSV column picker
// and the "you both changed …" sentence of a conflict. A missing one shows up as a raw key.
describe('check-in field labels', () => {
  it('the CSV column picker names every column a check-in CSV can hold', () => {
    const labels = dataCopy.data.fields as Record<string, string>;
    expect(checkinCsvFields.filter((f) => !labels[f])).toEqual([]);
  });

  it('a conflict can name every field of a check-in', () => {
    const labels = shellCopy.conflict.fields as Record<string, string>;
    expect(checkinFieldNames.filter((f) => !labels[f])).toEqual([]);
  });
});
