import { describe, expect, it } from 'vitest';
import { routineById } from '../exercises/routines.js';
import { checklistItemById, checklistItems } from './checklists.js';

describe('setup checklists', () => {
  it('has sleep and travel items with unique kebab-case ids', () => {
    const ids = checklistItems.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(sleep|travel)-[a-z0-9-]+$/);
    for (const item of checklistItems) expect(item.id.startsWith(`${item.checklist}-`)).toBe(true);
    expect(checklistItems.filter((i) => i.checklist === 'sleep').length).toBeGreaterThanOrEqual(5);
    expect(checklistItems.filter((i) => i.checklist === 'travel').length).toBeGreaterThanOrEqual(5);
  });

  it('covers the topics of the brief: knee pillows, mattress, car set-up, hourly stops, aisle seat, luggage', () => {
    for (const id of [
      'sleep-side-knee-pillow',
      'sleep-back-knee-pillow',
      'sleep-mattress-medium-firm',
      'travel-car-lumbar-support',
      'travel-car-seat-setup',
      'travel-drive-hourly-stops',
      'travel-flight-aisle-seat',
      'travel-flight-move-hourly',
      'travel-luggage-lifting',
    ]) {
      expect(checklistItemById(id), id).toBeDefined();
    }
  });

  it('gives every item a reason and never mentions medicines', () => {
    for (const item of checklistItems) {
      expect(item.why.length).toBeGreaterThan(20);
      expect(`${item.text} ${item.why}`).not.toMatch(
        /\b(mg|tablet|painkiller|ibuprofen|paracetamol|dose)\b/i,
      );
    }
  });

  it('links the evening routine to sleep and the travel stretch to drives and flights', () => {
    expect(checklistItemById('sleep-wind-down')?.routineId).toBe('evening-wind-down-10');
    expect(checklistItemById('travel-drive-hourly-stops')?.routineId).toBe('travel-stretch-5');
  });

  it('links only routines that exist in the catalogue', () => {
    for (const item of checklistItems)
      if (item.routineId) expect(routineById(item.routineId), item.id).toBeDefined();
  });
});
