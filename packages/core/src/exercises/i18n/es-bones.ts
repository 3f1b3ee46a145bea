import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** The bone-health exercises (`catalogue-bones.ts`) in Spanish; safety cautions keep their meaning exactly. */
export const esBones: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'step-up': {
    name: 'Subir un escalón',
    purpose:
      'Fortalece los muslos y los glúteos para subir escaleras y bordillos y para levantarte del suelo.',
    steps: [
      'Ponte de frente al primer peldaño de la escalera o a un escalón firme, con una mano en la barandilla o en la pared.',
      'Apoya un pie entero en el escalón.',
      'Empuja con ese talón y sube hasta quedar de pie sobre el escalón, con la espalda recta, llevando el otro pie a su lado.',
      'Baja despacio con el segundo pie y luego con el primero; haz todas las repeticiones de un lado y después cambia.',
    ],
    cues: ['Todo el pie en el escalón', 'Empuja con el talón', 'Baja despacio'],
    mistakes: [
      'Impulsarte con el pie que está en el suelo.',
      'Dejar que la rodilla se vaya hacia dentro.',
      'Inclinarte hacia delante sobre el escalón.',
    ],
    cautions: [
      'Sujétate siempre a la barandilla o a la pared; si la rodilla se queja, puedes usar un escalón más bajo.',
    ],
    alt: 'Una persona sube a un escalón bajo, con un pie apoyado en él; unas líneas discontinuas la muestran de pie, erguida, sobre el escalón.',
  },
  'overhead-press': {
    name: 'Press de hombros',
    purpose:
      'Fortalece los hombros, los brazos y la parte alta de la espalda, y practica mantener el cuerpo erguido con peso.',
    steps: [
      'Ponte de pie o siéntate con la espalda recta y sujeta un peso ligero (o una botella de agua llena) en cada mano, a la altura de los hombros.',
      'Aprieta suavemente el abdomen y mantén las costillas abajo.',
      'Empuja las dos manos hacia arriba hasta que los brazos queden estirados por encima de los hombros.',
      'Bájalas despacio otra vez hasta la altura de los hombros.',
    ],
    cues: ['Espalda recta', 'Costillas abajo', 'Baja despacio'],
    mistakes: ['Arquear la zona lumbar para empujar más alto.', 'Subir los hombros hacia las orejas.'],
    cautions: [
      'Sube los brazos solo hasta donde los hombros sigan cómodos; siéntate si no te sientes estable.',
    ],
    alt: 'Una persona de pie, erguida, con los dos brazos estirados por encima de la cabeza; unos brazos en línea discontinua muestran las manos a la altura de los hombros.',
  },
  'heel-drop': {
    name: 'Caída de talones',
    purpose:
      'Un primer paso suave de impacto: un pequeño golpe a través de los talones, al que responden los huesos.',
    steps: [
      'Ponte de pie, con la espalda recta, sujetándote al respaldo de una silla o a la encimera.',
      'Ponte de puntillas.',
      'Deja caer los talones al suelo con un golpe firme, con las rodillas relajadas.',
      'Cuenta cada caída; descansa cuando lo necesites.',
    ],
    cues: ['Sube de puntillas', 'Déjalos caer con un golpe', 'Rodillas relajadas'],
    mistakes: [
      'Bajar despacio (eso es una elevación de talones, no una caída de talones).',
      'Bloquear las rodillas.',
    ],
    cautions: [
      'Solo si tu programa para los huesos incluye ejercicios de impacto: no con una fractura vertebral ni con una fractura reciente.',
    ],
    alt: 'Una persona de puntillas sujetándose a una silla; unos pies apoyados en línea discontinua y una flecha muestran los talones cayendo al suelo.',
  },
  stamping: {
    name: 'Pisotones',
    purpose:
      'Pisotones firmes en el sitio: un poco más de impacto que la caída de talones, para las caderas y las piernas.',
    steps: [
      'Ponte de pie, con la espalda recta, cerca de una silla o una encimera a la que puedas sujetarte.',
      'Levanta un poco una rodilla y da un pisotón firme con ese pie, como si aplastaras una lata.',
      'Cambia de pie y mantén un ritmo constante.',
      'Cuenta cada pisotón.',
    ],
    cues: ['Pisotón firme', 'Espalda recta', 'Cuéntalos'],
    mistakes: ['Pisar tan fuerte que la espalda se resienta del golpe.', 'Inclinarte hacia delante.'],
    cautions: [
      'Usa un calzado que sujete bien el pie; para si te duele de forma aguda una cadera, una rodilla o la espalda.',
    ],
    alt: 'Una persona de pie, erguida, con una rodilla levantada; una flecha muestra el pie dando un pisotón.',
  },
  'marching-on-the-spot': {
    name: 'Marcha enérgica',
    purpose:
      'Marchar subiendo bien las rodillas y pisando firme: un impacto constante que además hace trabajar un poco tu corazón.',
    steps: [
      'Ponte de pie, con la espalda recta, con espacio a tu alrededor y una silla cerca.',
      'Marcha en el sitio, subiendo las rodillas hacia la altura de la cadera.',
      'Apoya cada pie con firmeza y balancea los brazos.',
      'Cuenta cada vez que apoyas un pie.',
    ],
    cues: ['Rodillas arriba', 'Pisa firme', 'Balancea los brazos'],
    mistakes: ['Arrastrar los pies sin apenas levantarlos del suelo.', 'Inclinarte hacia atrás.'],
    cautions: ['Ten una silla al alcance y ve más despacio si te sientes inestable.'],
    alt: 'Una persona marchando en el sitio, con una rodilla bien alta y el brazo contrario balanceándose hacia delante.',
  },
  'low-jump': {
    name: 'Salto pequeño',
    purpose:
      'Pequeños saltos con los dos pies: el mayor impacto del programa antes de los saltos sobre un pie.',
    steps: [
      'Ponte de pie, con la espalda recta y los pies separados al ancho de las caderas, cerca de algo a lo que sujetarte.',
      'Dobla un poco las rodillas y salta, despegándote apenas del suelo.',
      'Aterriza con suavidad sobre los dos pies, con las rodillas dobladas, y luego vuelve a estirar el cuerpo.',
      'Cuenta cada aterrizaje y descansa entre series.',
    ],
    cues: ['Salto pequeño', 'Aterriza suave', 'Rodillas dobladas'],
    mistakes: ['Saltar alto (bastan unos centímetros).', 'Aterrizar con las rodillas estiradas.'],
    cautions: [
      'No hagas saltos si se te escapa la orina al saltar; primero, ejercicios de suelo pélvico, o consulta a un o una fisioterapeuta.',
    ],
    alt: 'Una persona justo por encima del suelo, con los brazos hacia delante; una flecha de dos puntas y unas rodillas dobladas en línea discontinua muestran el salto y el aterrizaje.',
  },
  hop: {
    name: 'Saltos sobre un pie',
    purpose:
      'Pequeños saltos sobre un pie: un impacto fuerte para la cadera y, a la vez, trabajo de equilibrio.',
    steps: [
      'Ponte al lado de una encimera o una silla y apoya una mano en ella.',
      'Levanta un pie hacia atrás.',
      'Salta unos centímetros sobre el otro pie y aterriza con suavidad, con la rodilla doblada.',
      'Haz todos los saltos de un lado y después cambia; cuenta cada aterrizaje.',
    ],
    cues: ['Mano en el apoyo', 'Saltos pequeños', 'Rodilla flexible'],
    mistakes: ['Saltar lejos o alto.', 'Soltar el apoyo demasiado pronto.'],
    cautions: [
      'Vuelve a los saltos con los dos pies si al aterrizar te tambaleas o te duele una rodilla o un tobillo.',
    ],
    alt: 'Una persona saltando sobre un pie, con el otro pie levantado hacia atrás; una flecha de dos puntas muestra el pequeño salto.',
  },
  'tandem-stance': {
    name: 'Posición en tándem',
    purpose: 'Práctica de equilibrio: de pie, con un pie justo delante del otro.',
    steps: [
      'Ponte al lado de una encimera o del respaldo de una silla y apoya una mano encima.',
      'Coloca un pie justo delante del otro, con el talón tocando los dedos del otro pie.',
      'Mantén el cuerpo erguido y mira al frente; apóyate menos con la mano si puedes.',
      'Mantén la posición y luego cambia el pie que queda delante.',
    ],
    cues: ['Talón con punta', 'Mirada al frente', 'Mano ligera'],
    mistakes: ['Mirarte los pies.', 'Contener la respiración.'],
    cautions: ['Ten siempre el apoyo al alcance; practica cerca de una pared o en un rincón.'],
    alt: 'Una persona de pie, erguida, con un pie justo delante del otro y una mano apoyada en una silla.',
  },
  'single-leg-stance': {
    name: 'Apoyo sobre una pierna',
    purpose:
      'Equilibrio sobre una pierna, para darte estabilidad en escaleras y terreno irregular y ayudar a prevenir caídas.',
    steps: [
      'Ponte al lado de una encimera o una silla, con una mano apoyada encima.',
      'Levanta un pie apenas del suelo, hacia atrás o hacia delante.',
      'Mantén el cuerpo erguido y aguanta; retira la mano del apoyo si puedes.',
      'Baja el pie y luego haz el otro lado.',
    ],
    cues: ['Cuerpo erguido', 'Rodilla de apoyo suave', 'Mano preparada'],
    mistakes: ['Inclinar el cuerpo sobre la pierna de apoyo.', 'Agarrarte con fuerza al apoyo.'],
    cautions: ['Para si te mareas; ten el apoyo siempre al alcance.'],
    alt: 'Una persona de pie sobre una pierna, con la otra rodilla doblada hacia atrás y una mano apoyada en una silla.',
  },
  'heel-to-toe-walk': {
    name: 'Marcha talón-punta',
    purpose:
      'Caminar en línea recta, con el talón tocando los dedos del otro pie, para entrenar el equilibrio en movimiento.',
    steps: [
      'Colócate en un extremo de una encimera o junto a una pared que puedas tocar.',
      'Da un paso de forma que el talón del pie de delante toque los dedos del pie de atrás.',
      'Sigue avanzando en línea recta, mirando al frente.',
      'Date la vuelta con cuidado y vuelve; cuenta tus pasos.',
    ],
    cues: ['Talón con punta', 'Mirada al frente', 'Pasos lentos'],
    mistakes: ['Mirarte los pies.', 'Ir con prisa.'],
    cautions: [
      'Camina junto a una pared o una encimera para que puedas sujetarte con una mano en cualquier momento.',
    ],
    alt: 'Una persona caminando con un pie colocado justo delante del otro y los brazos un poco separados; una flecha muestra la dirección.',
  },
};
