import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The bone-health programme in Spanish (neutral, "tú"); every caution as strict as in English. */
export const es: Catalogue<typeof en> = {
  name: 'Huesos fuertes: 12 semanas',
  description:
    'Fuerza 2–3 días por semana, un poco de impacto casi todos los días cuando tus huesos lo permitan, equilibrio a diario y trabajo de postura: lo que pide el consenso británico sobre salud ósea, construido semana a semana.',
  note: 'Este programa nunca sustituye un plan de tu médico o médica o de tu fisioterapeuta. Si puedes, enséñaselo a un o una fisioterapeuta: puede revisar tu técnica y adaptarlo a ti.',
  evidenceReason:
    'Declaraciones de consenso basadas en ensayos sobre ejercicio y densidad ósea o caídas; el programa en sí no se ha probado en conjunto.',
  block: {
    vertebral_fracture:
      'Sin ejercicios de impacto: nos dijiste que te has roto un hueso de la columna, así que en su lugar, caminar con poco impacto.',
    recent_fracture:
      'Sin ejercicios de impacto: te rompiste un hueso en el último año, así que en su lugar, caminar con poco impacto mientras se recupera. Pregunta a tu fisioterapeuta cuándo es adecuado el impacto para ti.',
    osteoporosis_not_cleared:
      'Aún sin ejercicios de impacto: tu perfil indica osteoporosis y no consta el visto bueno de un profesional sanitario para el impacto, así que en su lugar, caminar con poco impacto. Si tu médico o médica o tu fisioterapeuta te dice que el impacto está bien, anótalo en tu perfil.',
    fracture_after_50_not_cleared:
      'Aún sin ejercicios de impacto: romperse un hueso después de los 50 puede ser señal de huesos frágiles, así que en su lugar, caminar con poco impacto hasta que tu médico o médica o tu fisioterapeuta te diga que el impacto está bien.',
    vertebral_fracture_unknown:
      'Aún sin ejercicios de impacto: no sabes con seguridad si te has roto algún hueso de la columna, así que en su lugar, caminar con poco impacto. Tu médico o médica puede decírtelo; después, actualiza tu perfil.',
  },
  impactCleared:
    'Incluye ejercicios de impacto porque tu profesional sanitario dijo que están bien: empieza por el primer escalón y para si algo te duele de forma aguda.',
  backLong:
    'En cada movimiento mantienes la espalda larga: sin inclinarte hacia delante ni girar el tronco con carga, y al levantar peso te doblas desde las caderas.',
  backExtensorDaily:
    'Trabajo de extensores de la espalda y de postura todos los días, como se recomienda tras una fractura vertebral.',
  kindStrength: 'Fortalecer los músculos 2–3 días por semana carga el hueso y desarrolla fuerza.',
  kindImpact: 'Ratos cortos de impacto casi todos los días, aumentando poco a poco, fortalecen las caderas.',
  kindWalkingWithImpact:
    'Caminar siempre es bueno, pero los ejercicios de impacto hacen más por el hueso cuando tus huesos lo permiten.',
  kindWalkingInstead:
    'Caminar a paso ligero mantiene los huesos cargados con suavidad mientras el impacto no sea adecuado para ti.',
  kindBalance: 'Unos minutos de práctica de equilibrio al día reducen la probabilidad de una caída.',
  kindPosture: 'El trabajo de extensores de la espalda y de postura erguida te ayuda a mantenerte recta.',
  strengthWhy: 'Fuerza, semana {{week}}: {{why}}',
  strengthPhase: [
    'Aprende los movimientos con cargas ligeras: termina cada serie sintiendo que podrías hacer 4–5 más (esfuerzo de unos 5–6 sobre 10).',
    'Añade carga: elige un peso o una banda con los que solo podrías hacer 2–3 repeticiones más (esfuerzo de unos 7 sobre 10).',
    'Más peso y menos repeticiones: esfuerzo de unos 7–8 sobre 10 con buena técnica; nunca contengas la respiración ni hagas fuerza apretando.',
  ],
  impactWhy:
    'Impacto, semana {{week}}: unos {{count}} impactos, unos minutos en total. Sujétate a algo estable y para si algo te duele de forma aguda.',
  balanceWhy:
    'Equilibrio, unos minutos cada día con una silla o una encimera al alcance: más estabilidad al andar, menos caídas.',
  postureWhy:
    'Mantenerte recta: extensiones de espalda suaves y ejercicios de postura para fortalecer los músculos que te sostienen erguida.',
  paused:
    'Tu revisión de seguridad encontró señales de alarma, así que el programa queda en pausa hasta que te hayan revisado. {{advice}}',
  howKg: '{{kg}} kg',
  howBand: {
    yellow: 'la banda amarilla',
    red: 'la banda roja',
    green: 'la banda verde',
    blue: 'la banda azul',
    black: 'la banda negra',
  },
  howNoBand: 'sin banda',
  howLightWeight: 'un peso ligero en las manos',
  howReps_one: '{{count}} repetición',
  howReps_other: '{{count}} repeticiones',
  stepBackPainAfter:
    'Tu dolor después de la última sesión fue de {{pain}}/10, así que la próxima vez hazlo un poco más ligero: {{how}}.',
  stepBackMorning:
    'Tu dolor a la mañana siguiente estuvo {{rise}} puntos por encima de lo habitual, así que la próxima vez hazlo un poco más ligero: {{how}}.',
  progress:
    'Tus dos últimas sesiones se sintieron como 7/10 o más fáciles y tu espalda se había calmado a la mañana siguiente, así que la próxima vez prueba con {{how}}.',
  keepMorning:
    'Tu dolor a la mañana siguiente estuvo un poco por encima de lo habitual, así que de momento quédate en este nivel.',
  keepLogEffort: 'Anota cuánto te costó cada serie (esfuerzo de 0 a 10) y podremos decirte cuándo subir.',
  keepHard: 'Eso ya costó bastante: quédate con esta carga hasta que se sienta como 7/10 o más fácil.',
  keepOneMore: 'Una sesión más como esa, con la espalda calmada a la mañana siguiente, y podrás subir.',
};
