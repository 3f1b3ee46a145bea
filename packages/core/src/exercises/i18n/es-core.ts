import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-core.ts in Spanish, by exercise id. */
export const esCore: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'pelvic-tilt': {
    name: 'Basculación pélvica',
    purpose:
      'Despierta los músculos profundos del abdomen y alivia la rigidez de la zona lumbar con un pequeño balanceo.',
    steps: [
      'Túmbate boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de las caderas.',
      'Deja los brazos a los lados y permite que la espalda descanse en su curva natural.',
      'Suelta el aire y aprieta suavemente el abdomen para que la parte baja de la espalda se acerque al suelo.',
      'Toma aire y deja que la pelvis vuelva a su posición inicial.',
    ],
    cues: ['Pequeño y lento', 'Suelta el aire al bascular', 'Los glúteos no se levantan'],
    mistakes: [
      'Empujar con las piernas o levantar la cadera.',
      'Contener la respiración.',
      'Hacer el movimiento amplio y rápido.',
    ],
    cautions: [
      'Mantén el movimiento dentro de lo que te resulte cómodo: debe sentirse como un alivio, no como un esfuerzo.',
    ],
    alt: 'Una persona tumbada boca arriba con las rodillas dobladas y los pies apoyados; una flecha muestra el suave balanceo de la pelvis.',
  },
  'bird-dog': {
    name: 'Perro de caza',
    purpose:
      'Mejora el control estable del tronco: estiras un brazo y la pierna contraria mientras la espalda se mantiene quieta.',
    steps: [
      'Colócate a cuatro patas, con la espalda larga y recta.',
      'Aprieta suavemente el abdomen, como si te prepararas para un toque ligero.',
      'Desliza una pierna hacia atrás y súbela a la altura de la cadera mientras estiras hacia delante el brazo contrario.',
      'Mantén una respiración con la cadera y los hombros nivelados, vuelve y cambia de lado.',
    ],
    cues: ['Estira largo, no alto', 'La cadera nivelada', 'Lento y estable'],
    mistakes: [
      'Subir tanto la pierna que se arquea la zona lumbar.',
      'Inclinar la cadera hacia un lado.',
      'Contener la respiración.',
    ],
    cautions: [
      'Si te tambaleas, estira solo un brazo o solo una pierna cada vez, hasta que te sientas estable.',
      'Pon un cojín bajo las rodillas si te molesta estar de rodillas.',
    ],
    alt: 'Una persona a cuatro patas estira un brazo hacia delante y la pierna contraria hacia atrás, ambos a la altura de la espalda.',
  },
  'bent-knee-fall-out': {
    name: 'Apertura de rodilla',
    purpose:
      'Enseña a la pelvis a quedarse quieta mientras una pierna se mueve, y abre suavemente la cadera.',
    steps: [
      'Túmbate boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de las caderas.',
      'Apoya las manos en la parte delantera de las caderas para notar si se inclinan.',
      'Deja que una rodilla se abra despacio hacia el lado, mientras la otra rodilla y la pelvis se quedan quietas.',
      'Vuelve al centro con control y cambia de lado.',
    ],
    cues: ['La pelvis nivelada', 'Lento al abrir, lento al volver', 'Suelta el aire al abrir'],
    mistakes: ['Dejar que la pelvis gire con la rodilla.', 'Dejar caer la rodilla de golpe.'],
    cautions: ['Abre la rodilla solo hasta donde la pelvis pueda quedarse quieta.'],
    alt: 'Vista desde arriba: una persona tumbada, con los brazos a los lados y una rodilla doblada abierta hacia el lado; una pierna discontinua muestra el inicio y una flecha hacia dónde se abre.',
  },
  'heel-slide': {
    name: 'Deslizamiento de talón',
    purpose:
      'Mejora con suavidad el control de los músculos profundos del abdomen mientras una pierna se desliza hasta estirarse.',
    steps: [
      'Túmbate boca arriba con las rodillas dobladas y los pies apoyados.',
      'Aprieta suavemente el abdomen y mantén la espalda quieta.',
      'Desliza un talón por el suelo hasta que la pierna quede estirada.',
      'Vuelve a doblarla deslizando el talón y cambia de pierna.',
    ],
    cues: ['La espalda quieta', 'Desliza largo y lento', 'Suelta el aire al deslizar'],
    mistakes: ['Arquear la zona lumbar al estirar la pierna.', 'Contener la respiración.'],
    cautions: ['Usa calcetines o pon una toalla bajo el talón para que se deslice con facilidad.'],
    alt: 'Una persona tumbada boca arriba con una pierna estirada; una pierna discontinua muestra la rodilla doblada.',
  },
  'toe-tap': {
    name: 'Toque de pie',
    purpose:
      'Fortalece los músculos profundos del abdomen bajando un pie cada vez mientras la espalda se mantiene estable.',
    steps: [
      'Túmbate boca arriba y sube las piernas de una en una hasta que las rodillas queden sobre las caderas, dobladas en ángulo recto.',
      'Aprieta suavemente el abdomen y mantén la espalda quieta en el suelo.',
      'Baja un pie despacio hasta tocar el suelo, con la rodilla doblada.',
      'Vuelve a subirlo y toca el suelo con el otro pie.',
    ],
    cues: ['La espalda quieta', 'Toca con suavidad', 'Suelta el aire al bajar'],
    mistakes: ['Arquear la zona lumbar al bajar el pie.', 'Dejar caer el pie en lugar de bajarlo.'],
    cautions: [
      'Deja los dos pies en el suelo y haz deslizamientos de talón si levantar las piernas te carga la espalda.',
    ],
    alt: 'Una persona tumbada boca arriba con un pie bajado tocando el suelo y la otra pierna en alto, con la rodilla doblada.',
  },
  'dead-bug': {
    name: 'Bicho muerto',
    purpose:
      'Mejora el control del tronco alejando un brazo y la pierna contraria mientras la espalda se mantiene estable.',
    steps: [
      'Túmbate boca arriba con los brazos hacia el techo y las rodillas sobre las caderas, dobladas en ángulo recto.',
      'Aprieta suavemente el abdomen para que la espalda descanse estable en el suelo.',
      'Lleva despacio un brazo hacia atrás por encima de la cabeza mientras estiras la pierna contraria, sin que toque el suelo.',
      'Vuelve y cambia de lado.',
    ],
    cues: ['La espalda pesada', 'Estira largo y lento', 'Suelta el aire al estirar'],
    mistakes: ['Arquear la zona lumbar al estirar la pierna.', 'Ir con prisa.', 'Contener la respiración.'],
    cautions: [
      'Mantén la pierna más alta, o mueve solo la pierna, hasta que la espalda pueda quedarse quieta.',
    ],
    alt: 'Una persona tumbada boca arriba con los brazos hacia arriba y las rodillas dobladas sobre las caderas; líneas discontinuas muestran un brazo por encima de la cabeza y la pierna contraria estirada.',
  },
  'modified-side-plank': {
    name: 'Plancha lateral con rodillas',
    purpose: 'Fortalece los músculos del costado del tronco y de la cadera, con las rodillas apoyadas.',
    steps: [
      'Túmbate de lado con las rodillas dobladas hacia atrás y el codo bajo el hombro.',
      'Alinea los hombros, las caderas y las rodillas.',
      'Apóyate en el antebrazo y eleva la cadera hasta que el cuerpo quede recto de la cabeza a las rodillas.',
      'Mantén y respira; luego baja despacio y cambia de lado.',
    ],
    cues: ['El codo bajo el hombro', 'La cadera arriba y adelante', 'Sigue respirando'],
    mistakes: ['Dejar que la cadera se hunda o se vaya hacia atrás.', 'Hundirte en el hombro de apoyo.'],
    cautions: ['Sáltatela mientras te duela un hombro y haz la almeja en su lugar.'],
    alt: 'Una persona apoyada en un antebrazo y las rodillas, con la cadera elevada para que el cuerpo quede recto y el brazo de arriba hacia el techo.',
  },
  'prone-back-extension': {
    name: 'Extensión de espalda boca abajo',
    purpose: 'Fortalece los músculos a lo largo de la columna que te ayudan a mantenerte erguida.',
    steps: [
      'Túmbate boca abajo con una almohada bajo las caderas, los brazos a los lados y la frente en la esterilla.',
      'Lleva suavemente los omóplatos hacia atrás y hacia abajo.',
      'Levanta un poco la cabeza y el pecho de la esterilla, con la mirada hacia el suelo.',
      'Mantén una respiración y baja despacio.',
    ],
    cues: ['Elevación pequeña', 'Cuello largo, mirada abajo', 'Baja despacio'],
    mistakes: ['Subir mucho y echar la cabeza hacia atrás.', 'Empujar con las manos.'],
    cautions: ['Basta con elevar un poco. Para si aparece dolor u hormigueo en una pierna.'],
    alt: 'Una persona tumbada boca abajo con los brazos a los lados levanta ligeramente la cabeza y el pecho de la esterilla; una flecha muestra la elevación y líneas discontinuas el inicio, tumbada.',
  },
};
