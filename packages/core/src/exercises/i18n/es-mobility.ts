import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-mobility.ts in Spanish, by exercise id. */
export const esMobility: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'four-point-rock': {
    name: 'Balanceo a cuatro patas',
    purpose:
      'Suelta las caderas y la zona lumbar a cuatro patas, mientras la espalda se mantiene larga y apoyada.',
    steps: [
      'Colócate a cuatro patas, con las manos bajo los hombros y las rodillas bajo las caderas.',
      'Deja la espalda larga y recta, con el cuello alineado y la mirada hacia el suelo.',
      'Lleva despacio la cadera hacia los talones, solo hasta donde la espalda siga larga.',
      'Vuelve hacia delante hasta que los hombros queden sobre las manos.',
    ],
    cues: ['Espalda larga, codos sueltos', 'Muévete desde la cadera', 'Respira con calma'],
    mistakes: [
      'Dejar que la espalda se redondee al ir hacia atrás.',
      'Dejar caer la cabeza o estirar el cuello para mirar arriba.',
    ],
    cautions: [
      'Si te molesta estar de rodillas, dobla la esterilla o pon un cojín bajo las rodillas.',
      'Si se quejan las muñecas, apóyate en los puños en lugar de en las palmas.',
    ],
    alt: 'Una persona a cuatro patas con la espalda larga y recta; un contorno discontinuo y una flecha muestran la cadera yendo hacia los talones.',
  },
  'cat-cow': {
    name: 'Gato–vaca',
    purpose: 'Mueve toda la columna entre redondear y arquear para aliviar la rigidez de la mañana.',
    steps: [
      'Colócate a cuatro patas, con las manos bajo los hombros y las rodillas bajo las caderas.',
      'Suelta el aire, mete el coxis y redondea la espalda hacia el techo, dejando caer la cabeza.',
      'Toma aire, deja que el abdomen baje, eleva el pecho y mira un poco hacia delante.',
      'Muévete despacio entre las dos posiciones, dentro del rango que te resulte fácil.',
    ],
    cues: ['Muévete con la respiración', 'El coxis guía', 'Quédate en el rango fácil'],
    mistakes: [
      'Forzar los extremos del movimiento.',
      'Echar la cabeza hacia atrás al arquear.',
      'Ir con prisa.',
    ],
    cautions: [
      'Al redondear, la columna se dobla del todo hacia delante. Si tienes osteoporosis o te han dicho que tus huesos están débiles, elige en su lugar el balanceo a cuatro patas.',
      'Arquea poco si inclinarte hacia atrás suele darte dolor u hormigueo en una pierna.',
    ],
    alt: 'Una persona a cuatro patas con la espalda redondeada hacia arriba como un gato; una línea discontinua muestra la espalda hundida y la cabeza elevada, y una flecha el movimiento arriba y abajo.',
  },
  'knee-to-chest': {
    name: 'Rodillas al pecho',
    purpose: 'Un estiramiento cómodo para la zona lumbar: tumbada, abrazas las dos rodillas hacia ti.',
    steps: [
      'Túmbate boca arriba con las rodillas dobladas y los pies apoyados.',
      'Lleva primero una rodilla y luego la otra hacia el pecho.',
      'Sujeta las espinillas o la parte de atrás de los muslos y acerca las rodillas con suavidad.',
      'Respira despacio y baja primero un pie y luego el otro al suelo.',
    ],
    cues: ['Abrazo suave', 'Hombros y cabeza relajados', 'Baja una pierna cada vez'],
    mistakes: ['Tirar de las rodillas con fuerza.', 'Levantar la cabeza y los hombros del suelo.'],
    cautions: [
      'Al llevar las dos rodillas al pecho, la zona lumbar se redondea del todo. Si tienes osteoporosis o te han dicho que tus huesos están débiles, haz basculaciones pélvicas en su lugar.',
    ],
    alt: 'Una persona tumbada boca arriba abrazando las dos rodillas hacia el pecho.',
  },
  'lower-trunk-rotation': {
    name: 'Balanceo de rodillas',
    purpose:
      'Alivia la rigidez de la zona lumbar y las caderas dejando que las rodillas se balanceen a cada lado.',
    steps: [
      'Túmbate boca arriba con las rodillas dobladas, los pies apoyados y juntos, y los brazos abiertos a los lados.',
      'Mantén los hombros pesados en el suelo.',
      'Deja que las dos rodillas caigan despacio hacia un lado, solo hasta donde te resulte cómodo.',
      'Vuelve al centro y balancéalas hacia el otro lado.',
    ],
    cues: ['Los hombros abajo', 'Balanceo lento', 'Solo hasta donde sea fácil'],
    mistakes: ['Dejar caer las rodillas rápido y lejos.', 'Levantar el hombro contrario.'],
    cautions: [
      'Este ejercicio gira la columna. Si tienes osteoporosis o te han dicho que tus huesos están débiles, elige la apertura de rodilla, que mantiene la pelvis quieta.',
    ],
    alt: 'Vista desde arriba: una persona tumbada con los brazos abiertos y las dos rodillas dobladas caídas a un lado; piernas discontinuas y una flecha muestran el balanceo al otro lado.',
  },
  'childs-pose': {
    name: 'Postura del niño',
    purpose:
      'Un estiramiento de descanso para la espalda y las caderas, plegándote hacia delante sobre las rodillas.',
    steps: [
      'Arrodíllate en la esterilla con los dedos gordos de los pies juntos y las rodillas un poco separadas.',
      'Siéntate hacia atrás, hacia los talones.',
      'Pliégate hacia delante y apoya la frente en la esterilla o en un cojín.',
      'Estira los brazos hacia delante o déjalos a los lados, y respira despacio.',
    ],
    cues: ['Caderas pesadas', 'Hombros sueltos', 'Respira despacio hacia la espalda'],
    mistakes: ['Forzar la cadera hacia los talones.', 'Mantener tensión en los hombros.'],
    cautions: [
      'Es una flexión completa de la columna hacia delante. Si tienes osteoporosis o te han dicho que tus huesos están débiles, usa en su lugar el balanceo a cuatro patas.',
      'Pon un cojín entre los talones y la cadera, o bajo las rodillas, si te molesta estar de rodillas.',
    ],
    alt: 'Una persona arrodillada y plegada hacia delante, con la frente en la esterilla y los brazos estirados al frente.',
  },
  'thread-the-needle': {
    name: 'Enhebrar la aguja',
    purpose: 'Gira la parte alta de la espalda y estira entre los omóplatos, a cuatro patas.',
    steps: [
      'Colócate a cuatro patas con las manos bajo los hombros.',
      'Estira un brazo hacia el techo y sigue la mano con la mirada.',
      'Baja ese brazo y deslízalo por debajo del cuerpo a lo largo de la esterilla.',
      'Deja que ese hombro y el lado de la cabeza descansen, mantén una o dos respiraciones y vuelve a subir.',
    ],
    cues: ['Sigue tu mano', 'La cadera sobre las rodillas', 'Lento y fluido'],
    mistakes: ['Dejar que la cadera se desplace hacia un lado.', 'Forzar el hombro hacia el suelo.'],
    cautions: [
      'Este ejercicio gira y redondea la parte alta de la espalda. Si tienes osteoporosis o te han dicho que tus huesos están débiles, elige en su lugar la extensión de espalda en la silla.',
    ],
    alt: 'Una persona a cuatro patas con un brazo deslizado bajo el cuerpo y el hombro bajado; un brazo discontinuo apunta hacia arriba.',
  },
  'hip-flexor-stretch': {
    name: 'Estiramiento de flexores de cadera',
    purpose:
      'Estira la parte delantera de la cadera, que se acorta al estar sentada y puede tirar de la zona lumbar.',
    steps: [
      'Apoya una rodilla en el suelo con el otro pie plano delante de ti y un cojín bajo la rodilla.',
      'Mantén el cuerpo erguido, con las manos en la rodilla de delante o en una silla a tu lado.',
      'Mete un poco el coxis y lleva la cadera hacia delante hasta notar un estiramiento en la parte delantera de la cadera de atrás.',
      'Mantén y respira, y cambia de pierna.',
    ],
    cues: ['Cuerpo erguido', 'Mete el coxis', 'Avanza un poco'],
    mistakes: ['Arquear la zona lumbar en lugar de meter el coxis.', 'Adelantarte demasiado en la zancada.'],
    cautions: [
      'Si te duele la rodilla apoyada, hazlo de pie con un paso largo, sujetándote al respaldo de una silla.',
    ],
    alt: 'Una persona con una rodilla en el suelo y el otro pie delante, el cuerpo erguido, con una flecha que muestra la cadera yendo hacia delante.',
  },
  'hamstring-stretch-strap': {
    name: 'Estiramiento de isquiotibiales con cinta',
    purpose: 'Estira la parte de atrás del muslo mientras la espalda se mantiene apoyada en el suelo.',
    steps: [
      'Túmbate boca arriba con una pierna doblada y el pie apoyado, y pasa una cinta o una toalla por el otro pie.',
      'Sujeta los extremos de la cinta y sube esa pierna hacia el techo.',
      'Mantén la rodilla tan estirada como te resulte cómodo y el coxis en el suelo.',
      'Mantén y respira; luego baja la pierna despacio y cambia.',
    ],
    cues: ['El coxis abajo', 'Pierna larga, rodilla suelta', 'Relaja los hombros'],
    mistakes: ['Tirar tanto que la cadera se despega del suelo.', 'Contener la respiración.'],
    cautions: ['Si el estiramiento te da hormigueo por la pierna, bájala hasta que se calme.'],
    alt: 'Una persona tumbada boca arriba con una pierna estirada en alto, sujetando una cinta que rodea el pie.',
  },
  'figure-4-stretch': {
    name: 'Estiramiento en cuatro',
    purpose: 'Estira el glúteo y la parte externa de la cadera, tumbada cómodamente boca arriba.',
    steps: [
      'Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados.',
      'Cruza un tobillo sobre la rodilla contraria y deja que la rodilla cruzada se abra hacia fuera.',
      'Levanta el pie de apoyo y sujeta por detrás ese muslo.',
      'Acerca el muslo suavemente hacia ti hasta notar el estiramiento en el glúteo, y cambia.',
    ],
    cues: ['El coxis abajo', 'La rodilla cruzada se abre', 'Entra poco a poco'],
    mistakes: [
      'Levantar la cabeza y los hombros para tirar más.',
      'Dejar que la zona lumbar se despegue del suelo.',
    ],
    cautions: ['Deja el pie de apoyo en el suelo si levantarlo te carga la rodilla o la cadera.'],
    alt: 'Una persona tumbada boca arriba con una rodilla doblada en alto y el otro tobillo cruzado encima, con las dos manos sujetando por detrás el muslo levantado.',
  },
  sphinx: {
    name: 'Esfinge',
    purpose:
      'Una extensión suave sobre los antebrazos que fortalece y alivia la espalda después de estar sentada.',
    steps: [
      'Túmbate boca abajo con las piernas estiradas y la frente apoyada en la esterilla.',
      'Coloca los codos bajo los hombros y los antebrazos sobre la esterilla.',
      'Apóyate en los antebrazos y eleva el pecho, con la cadera y el pubis en el suelo.',
      'Mira al frente, mantén unas respiraciones y baja despacio.',
    ],
    cues: ['Eleva desde el pecho', 'Hombros lejos de las orejas', 'La cadera pesada'],
    mistakes: ['Subir los hombros hacia el cuello.', 'Echar la cabeza muy atrás.'],
    cautions: ['Si arquear te da dolor u hormigueo en una pierna, baja el pecho hasta que se calme, o para.'],
    alt: 'Una persona tumbada boca abajo, apoyada en los antebrazos, con el pecho elevado.',
  },
  'tree-pose': {
    name: 'Postura del árbol',
    purpose: 'Mejora el equilibrio y la estabilidad sobre una pierna, de pie y erguida.',
    steps: [
      'Ponte de pie y erguida junto a una pared o una silla que puedas tocar si lo necesitas.',
      'Pasa el peso a un pie.',
      'Apoya la planta del otro pie en el tobillo o la pantorrilla, nunca en la rodilla, y deja que esa rodilla gire hacia fuera.',
      'Junta las palmas delante del pecho, fija la mirada en un punto, mantén y cambia.',
    ],
    cues: ['Mirada en un punto', 'Crece hacia arriba', 'Toca el apoyo si te tambaleas'],
    mistakes: ['Apretar el pie contra el lado de la rodilla.', 'Sacar la cadera hacia un lado.'],
    cautions: ['Mantén una mano en la pared o en la silla si tu equilibrio es inestable.'],
    alt: 'Una persona de pie sobre una pierna con el otro pie apoyado en el tobillo y las palmas juntas delante del pecho.',
  },
};
