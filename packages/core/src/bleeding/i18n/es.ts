import type { Catalogue } from '../../i18n/catalogue.js';
import type { BleedingTexts } from './en.js';

/**
 * The bleeding check in Spanish. "GP" is "médico o médica de cabecera"; where many women go straight to
 * gynaecology, that is named too. Meaning and the 2-week time frame exactly as English.
 */
export const bleedingEs: Catalogue<BleedingTexts> = {
  advice: {
    after_menopause:
      'El sangrado o el manchado cuando ya llevabas 12 meses sin regla siempre debe revisarlo un médico o una médica. Suele deberse a algo sin importancia, pero hace falta una revisión para descartar problemas que conviene detectar pronto. Pide cita con tu médico o médica de cabecera o con ginecología en las próximas 2 semanas y di que se trata de un sangrado después de la menopausia.',
    unscheduled_on_hrt:
      'Este sangrado no sigue el patrón esperado con tu terapia hormonal, así que debe revisarse. Suele ser inofensivo y a menudo se resuelve con un cambio de la terapia hormonal, pero pide cita con tu médico o médica de cabecera, con ginecología o con tu unidad de menopausia en las próximas 2 semanas, y lleva las fechas en que empezaste la terapia hormonal y de cualquier cambio.',
    after_hysterectomy:
      'El sangrado después de una histerectomía no es esperable y debe revisarse. Pide cita con tu médico o médica de cabecera o con ginecología en las próximas 2 semanas.',
    on_hrt:
      'Es frecuente tener algo de sangrado en los primeros 6 meses de terapia hormonal y durante 3 meses después de un cambio, y la terapia hormonal cíclica provoca un sangrado mensual previsto. Díselo a tu médico o médica, o a quien te la receta, si el sangrado es abundante, dura más de 7 días, aparece entre los sangrados previstos o después de las relaciones sexuales, o continúa más allá de esos primeros meses.',
  },
  reasonLines: {
    age_55_or_over: 'Si tienes 55 años o más, pide cita lo antes posible.',
    gap: 'Si tuviste reglas en ese tiempo que no están en tu registro, añádelas y esta nota se actualizará.',
    self_report:
      'Nos dijiste que llevas 12 meses o más sin regla; si eso ha cambiado, actualízalo en tu perfil.',
  },
};
