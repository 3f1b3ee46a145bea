import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { reminderNotification } from '../api.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

describe('reminder catalogues', () => {
  it('German and Spanish have every line and heading English has', () => {
    expect(catalogueGaps(en, de)).toEqual([]);
    expect(catalogueGaps(en, es)).toEqual([]);
  });

  it('heads a notification in her language', () => {
    const item = {
      kind: 'checkin',
      at: '2026-03-02T20:30:00+00:00',
      url: '/',
      key: 'checkin:x',
      title: 'x',
    } as const;
    expect(reminderNotification(item, 'de').title).toBe('Zeit für deinen Eintrag');
    expect(reminderNotification(item, 'es').title).toBe('Hora de tu registro diario');
    expect(reminderNotification(item).title).toBe('Time for your check-in');
  });
});
