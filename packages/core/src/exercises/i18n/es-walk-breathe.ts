import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-walk-breathe.ts in Spanish, by exercise id. */
export const esWalkBreathe: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'brisk-walk': {
    name: 'Caminar a paso ligero',
    purpose:
      'Un paseo a un ritmo que te hace entrar en calor: una forma sencilla y constante de mantener en marcha la espalda y el corazón.',
    steps: [
      'Ponte un calzado cómodo y empieza unos minutos a paso tranquilo.',
      'Aumenta el ritmo hasta respirar un poco más rápido, pero sin dejar de poder hablar.',
      'Camina erguida, deja que los brazos se balanceen y da pasos cómodos.',
      'Vuelve a bajar el ritmo en los últimos minutos.',
    ],
    cues: ['Erguida y relajada', 'Todavía puedes hablar', 'Deja que los brazos se balanceen'],
    mistakes: ['Salir demasiado rápido.', 'Mirarte los pies todo el tiempo.', 'Dar pasos demasiado largos.'],
    cautions: [
      'Ve aumentando poco a poco: el plan de caminar añade unos minutos cada vez.',
      'Para y pide consejo médico si al caminar aparece dolor en el pecho o una falta de aire poco habitual.',
    ],
    alt: 'Una persona caminando con pasos cómodos y los brazos balanceándose.',
  },
  'box-breathing': {
    name: 'Respiración cuadrada',
    purpose: 'Calma la respiración y ayuda a soltar los músculos tensos, en cuatro tiempos iguales.',
    steps: [
      'Siéntate cómoda con los pies apoyados y una mano sobre el abdomen.',
      'Toma aire por la nariz contando hasta cuatro.',
      'Retén el aire con suavidad contando hasta cuatro.',
      'Suelta el aire despacio contando hasta cuatro.',
      'Espera contando hasta cuatro y vuelve a empezar.',
    ],
    cues: ['Toma aire contando cuatro', 'Retén contando cuatro', 'Suelta contando cuatro'],
    mistakes: ['Forzar respiraciones grandes.', 'Retener tanto tiempo que cueste.'],
    cautions: [
      'Si las pausas te resultan incómodas, quítalas y simplemente toma y suelta el aire despacio.',
      'Para y respira con normalidad si te sientes mareada.',
    ],
    alt: 'Una persona sentada en una silla con una mano sobre el abdomen, junto a un cuadrado trazado con flechas.',
  },
  'easy-walk': {
    name: 'Paseo tranquilo',
    purpose:
      'Un paseo relajado para ponerte en marcha un día de rigidez o dolor, o para empezar el plan de caminar.',
    steps: [
      'Ponte un calzado cómodo y elige un recorrido llano que conozcas.',
      'Camina erguida a un ritmo que te resulte fácil.',
      'Deja que los brazos se balanceen y que la respiración siga relajada.',
      'Para cuando todavía sientas que podrías seguir un poco más.',
    ],
    cues: ['Ritmo tranquilo', 'Erguida y suelta', 'Para mientras aún te sienta bien'],
    mistakes: ['Esperar a un día sin dolor para caminar.', 'Hacer un paseo largo el primer día.'],
    cautions: ['Divídelo en dos o tres paseos cortos si uno más largo es demasiado.'],
    alt: 'Una persona caminando erguida con pasos cortos y relajados.',
  },
};
