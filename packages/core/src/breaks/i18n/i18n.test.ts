import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { exampleBreakSettings } from '../example.js';
import { breakNotification, deskRoutineIds } from '../notification.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

describe('break reminder catalogues', () => {
  it('German and Spanish have every line English has, one per desk routine', () => {
    expect(catalogueGaps(en, de)).toEqual([]);
    expect(catalogueGaps(en, es)).toEqual([]);
    expect(Object.keys(en.routine).sort()).toEqual([...deskRoutineIds].sort());
  });

  it('writes the notification in her language', () => {
    const settings = exampleBreakSettings();
    const stand = breakNotification(settings, { at: '2026-03-18T10:00:00Z', kind: 'stand' }, 'de');
    expect(stand).toMatchObject({ title: 'Zeit zum Stehen', kind: 'stand', url: '/breaks' });
    const move = breakNotification(settings, { at: '2026-03-18T10:00:00Z', kind: 'move' }, 'es');
    expect(move.title).toBe('Hora de una pausa activa');
    expect(move.body).toBe(es.routine[move.routineId as keyof typeof es.routine]);
  });
});
