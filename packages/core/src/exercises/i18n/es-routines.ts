import type { Catalogue } from '../../i18n/catalogue.js';
import type { RoutineTexts } from './texts.js';

/** Every built-in routine (routines.ts, routines-relax.ts, routines-bones.ts) in Spanish, by routine id. */
export const esRoutines: Readonly<Record<string, Catalogue<RoutineTexts>>> = {
  'morning-5': {
    name: 'Movilidad por la mañana',
    description:
      'Cinco minutos suaves para aliviar una espalda rígida después de la noche, de tumbada a de pie. Todo seguro para los huesos.',
  },
  'desk-shoulders-neck': {
    name: 'Pausa en el escritorio: hombros y cuello',
    description: 'Dos minutos para el cuello y los hombros rígidos después de estar frente a la pantalla.',
  },
  'desk-back-release': {
    name: 'Pausa en el escritorio: soltar la espalda',
    description: 'Dos minutos para deshacer el tiempo sentada, sin inclinarte hacia delante ni girar.',
  },
  'desk-stand-up': {
    name: 'Pausa en el escritorio: levántate y muévete',
    description: 'Dos minutos de pie para despertar las piernas y la espalda.',
  },
  'pilates-core-15': {
    name: 'Tronco al estilo pilates',
    description:
      'Quince minutos de trabajo lento y controlado para los músculos profundos del abdomen, la espalda y la cadera, casi todo tumbada.',
  },
  'gentle-yoga-15': {
    name: 'Yoga suave',
    description:
      'Quince minutos sin prisa de estiramientos y equilibrio al estilo del yoga, moviéndote al ritmo de tu respiración.',
  },
  'strength-a': {
    name: 'Fuerza A',
    description:
      'Unos 20–25 minutos para piernas, glúteos, parte alta de la espalda y tronco, con tu propio peso y una banda.',
  },
  'strength-b': {
    name: 'Fuerza B',
    description:
      'Unos 20–25 minutos, la pareja de Fuerza A: posiciones mantenidas, bisagra de cadera y fuerza de espalda.',
  },
  'evening-wind-down-10': {
    name: 'Calma al final del día',
    description:
      'Diez minutos tranquilos en el suelo para soltar el día: respiración lenta y estiramientos fáciles.',
  },
  'travel-stretch-5': {
    name: 'Estiramientos de viaje',
    description:
      'Cinco minutos para un avión, un tren o una parada en el coche: casi todo sentada, un poco de pie.',
  },
  'relax-breathing-5': {
    name: 'Respiración lenta',
    description:
      'Cinco minutos de respiración lenta, unas seis respiraciones por minuto: cinco segundos para tomar aire y cinco para soltarlo. Sentada o tumbada, sin moverte.',
    evidence: {
      reason:
        'Estudios pequeños, sobre todo en personas sanas, relacionan la respiración lenta con sentirse más tranquila; no está demostrado que alivie por sí sola el dolor de espalda.',
    },
  },
  'relax-pmr-12': {
    name: 'Relajación muscular progresiva',
    description:
      'Unos 12 minutos: tensa suavemente cada grupo de músculos durante cinco segundos y suéltalo durante quince, de los brazos a los pies. La espalda se deja fuera a propósito.',
    evidence: {
      reason:
        'Un pequeño ensayo aleatorizado en adultos sanos encontró que aumentaba la sensación de relajación; las pruebas sobre el dolor de espalda en sí son limitadas.',
    },
  },
  'relax-body-scan-10': {
    name: 'Escaneo corporal',
    description:
      'Diez minutos tranquilos, tumbada o sentada, llevando la atención de los pies a la cabeza y notando cada parte sin cambiarla.',
    evidence: {
      reason:
        'El escaneo corporal forma parte del curso de atención plena que mejoró la función de la espalda en un buen ensayo; por sí solo está menos estudiado.',
    },
  },
  'desk-tension-release': {
    name: 'Pausa en el escritorio: soltar tensión',
    description:
      'Dos minutos en tu escritorio: sube y deja caer los hombros, relaja la cara y la mandíbula, y después unas respiraciones lentas.',
    evidence: {
      reason:
        'Las pausas cortas de tensar y soltar en el escritorio no se han estudiado por sí solas; son de bajo riesgo y toman prestados métodos con algunas pruebas a favor.',
    },
  },
  'bone-strength': {
    name: 'Huesos: fuerza',
    description:
      'La sesión de fuerza del programa para los huesos: piernas, caderas, espalda y brazos contra una carga.',
  },
  'bone-impact': {
    name: 'Huesos: impacto',
    description: 'Unos minutos de impactos contados, desde dejar caer los talones hasta pequeños saltos.',
  },
  'bone-balance': {
    name: 'Huesos: equilibrio',
    description: 'Práctica diaria de equilibrio con una silla o una encimera al alcance de la mano.',
  },
  'bone-posture': {
    name: 'Huesos: postura',
    description: 'De pie y erguida: extensión de espalda y postura erguida.',
  },
};
