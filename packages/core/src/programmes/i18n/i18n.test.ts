import { describe, expect, it } from 'vitest';
import { catalogueGaps } from '../../i18n/catalogue.js';
import { adaptBoneProgramme } from '../adapt.js';
import { boneProgrammeDay } from '../bone-health.js';
import { exerciseProgression } from '../load-progression.js';
import { programmesFor } from '../programmes.js';
import { programmePause } from '../safety.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';

const profile = {
  boneHealth: 'osteoporosis',
  vertebralFracture: 'no',
  fractureAfter50: false,
  fractureLastYear: false,
  clinicianClearedImpact: false,
} as const;

describe('bone programme catalogues', () => {
  it('German and Spanish have every message English has', () => {
    expect(catalogueGaps(en, de)).toEqual([]);
    expect(catalogueGaps(en, es)).toEqual([]);
  });

  it('answers adaptations, blocks, the programme and the pause in her language', () => {
    expect(adaptBoneProgramme(profile, 'de').adaptations[0]).toMatch(/^Noch keine Übungen mit Stoßbelastung/);
    const day = boneProgrammeDay(profile, 5, 0, { locale: 'es' });
    expect(day.map((b) => b.why)).toEqual([
      expect.stringMatching(/^Fuerza, semana 5: Añade carga/),
      expect.stringMatching(/^Aún sin ejercicios de impacto/),
      expect.stringMatching(/^Equilibrio/),
    ]);
    const [programme] = programmesFor(profile, 'de');
    expect(programme).toMatchObject({ name: 'Starke Knochen: 12 Wochen' });
    expect(programme?.evidence.reason).toMatch(/^Konsenspapiere/);
    const pause = programmePause([{ localDate: '2026-03-01', level: 'urgent' }], '2026-03-02', 'es', {
      urgent: 'Consejo urgente.',
      emergency: 'Consejo de emergencia.',
    });
    expect(pause?.reason).toMatch(
      /^Tu revisión de seguridad encontró señales de alarma.* Consejo urgente\.$/,
    );
  });

  it('gives load advice in her language', () => {
    const session = (id: string, day: string, painAfter: number) => ({
      id,
      routineId: 'bone-strength',
      startedAt: `${day}T08:00:00Z`,
      endedAt: `${day}T08:30:00Z`,
      localDate: day,
      painBefore: 2,
      painAfter,
      rating: 'about_right' as const,
      exercises: [{ exerciseId: 'band-row', done: true, sets: [{ reps: 10, band: 'red' as const, rpe: 6 }] }],
    });
    const [advice] = exerciseProgression([session('a', '2026-03-01', 7)], [], 'de');
    expect(advice?.reason).toBe(
      'Deine Schmerzen nach der letzten Einheit lagen bei 7/10, also mach es beim nächsten Mal etwas leichter: das gelbe Band.',
    );
  });
});
