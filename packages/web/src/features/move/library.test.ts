import {
  type CustomExercise,
  type CustomRoutine,
  exerciseById,
  loadLibrary,
  routineById,
} from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { lookup, routineMinutes } from './library';

const stamp = { archivedAt: null, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z' };
const heelSlides: CustomExercise = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Heel slides',
  steps: ['Lie on your back.', 'Slide one heel away.'],
  dose: { kind: 'reps', reps: 10, sets: 2, secondsPerRep: 3 },
  link: null,
  notes: null,
  ...stamp,
};
const physio: CustomRoutine = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'My physio routine',
  items: [{ exerciseId: `custom:${heelSlides.id}` }, { exerciseId: 'bird-dog' }],
  ...stamp,
};

describe('lookup', () => {
  const find = lookup({ exercises: [heelSlides], routines: [physio] });

  it('finds catalogue exercises and her own by custom:<uuid>', () => {
    expect(find.exercise('bird-dog')?.name).toBe(exerciseById('bird-dog')?.name);
    expect(find.exercise(`custom:${heelSlides.id}`)).toMatchObject({ name: 'Heel slides', custom: true });
    expect(find.exercise('custom:33333333-3333-4333-8333-333333333333')).toBeUndefined();
  });

  it('names catalogue exercises and routines in her language, and hers as she wrote them', async () => {
    const german = lookup({ exercises: [heelSlides], routines: [physio] }, await loadLibrary('de'));
    expect(german.exercise('pelvic-tilt')?.name).toBe('Becken kippen');
    expect(german.routine('morning-5')).toMatchObject({ name: 'Morgens beweglich', custom: false });
    expect(german.exercise(`custom:${heelSlides.id}`)?.name).toBe('Heel slides');
    expect(german.routine(`custom:${physio.id}`)?.name).toBe('My physio routine');
  });

  it('fills each item of her routine with a dose: her exercise’s own, else the catalogue default', () => {
    const routine = find.routine(`custom:${physio.id}`);
    expect(routine?.items).toEqual([
      { exerciseId: `custom:${heelSlides.id}`, dose: heelSlides.dose },
      { exerciseId: 'bird-dog', dose: exerciseById('bird-dog')?.dose },
    ]);
    expect(routine?.custom).toBe(true);
  });

  it('keeps a catalogue routine’s own doses and says how long it takes', () => {
    const morning = find.routine('morning-5');
    const source = routineById('morning-5');
    expect(morning?.items).toHaveLength(source?.items.length ?? -1);
    expect(morning && routineMinutes(morning)).toBeGreaterThanOrEqual(4);
    expect(morning && routineMinutes(morning)).toBeLessThanOrEqual(6);
  });
});
