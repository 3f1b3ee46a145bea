import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The exercise rules' sentences in Spanish. */
export const es: Catalogue<typeof en> = {
  boneNote:
    'Tu perfil indica osteoporosis u osteopenia, así que tus ejercicios evitan doblar o girar la columna con carga; esos ejercicios se cambian por otros seguros para los huesos con el mismo objetivo, o se quitan (consenso del Reino Unido: {{citation}}).',
  boneCaution_one:
    'Esta rutina incluye {{names}}, que se suele evitar con osteoporosis u osteopenia porque dobla o gira la columna con carga; consulta con tu fisioterapeuta antes de hacerlo.',
  boneCaution_other:
    'Esta rutina incluye {{names}}, que se suelen evitar con osteoporosis u osteopenia porque doblan o giran la columna con carga; consulta con tu fisioterapeuta antes de hacerlos.',
  stepBackPainAfter:
    'Después de tu última sesión, el dolor fue de {{painAfter}}/10, más que el 5 de 10 que está bien al hacer ejercicio. La próxima vez, ve un poco más suave: una versión más fácil o menos repeticiones.',
  stepBackNextMorning:
    'Tu dolor a la mañana siguiente ({{nextMorningPain}}/10) fue más alto de lo habitual para ti ({{usualPain}}/10). La próxima vez, ve un poco más suave: una versión más fácil o menos repeticiones.',
  progress:
    'Tus dos últimas sesiones te resultaron demasiado fáciles y tu espalda estaba tranquila a la mañana siguiente, así que podrías probar una versión más difícil o algunas repeticiones más.',
  keepTooHard:
    'Tu dolor se mantuvo en un nivel seguro, pero la última sesión te resultó demasiado difícil, así que quédate en este nivel hasta que te parezca más o menos adecuado.',
  keepTooEasy:
    'La última sesión te resultó demasiado fácil; si la próxima también y tu espalda sigue tranquila, te propondremos subir un nivel.',
  keepFine: 'Tu dolor se mantuvo en un nivel seguro, así que sigue en este nivel.',
};
