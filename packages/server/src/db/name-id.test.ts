import { describe, expect, it } from 'vitest';
import { legacyNameId, nameId, SPINEKIND_NAMESPACE } from './name-id.js';

describe('nameId', () => {
  it('is a real RFC 9562 version 5 UUID in the Spinekind namespace, the same every time', () => {
    const id = nameId('fhir', 'patient:1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameId('fhir', 'patient:1')).toBe(id);
    expect(SPINEKIND_NAMESPACE).toBe('41f154c6-c5c1-43bd-b343-516a0bc2e42a');
  });

  it('keeps kinds apart', () => {
    expect(nameId('fhir', 'x')).not.toBe(nameId('csv-checkin', 'x'));
  });
});

describe('legacyNameId', () => {
  // Values produced by the code that issued these ids before December 2026; they must never change.
  it('gives the ids CSV imports stored before', () => {
    expect(legacyNameId.csvCheckin('{"a":1}')).toBe('80c3bfad-ae39-5c2a-b7ed-442ec318d0da');
  });

  it('gives the ids Apple Health period imports stored before', () => {
    expect(legacyNameId.applePeriod('u1', '2026-01-02')).toBe('86d5e7ae-a732-58de-8a7c-b3c76075836b');
  });
});
