import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-desk.ts in Spanish, by exercise id. */
export const esDesk: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'chin-tuck': {
    name: 'Retracción de barbilla',
    purpose: 'Alivia la tensión del cuello por las pantallas llevando la cabeza de nuevo sobre los hombros.',
    steps: [
      'Siéntate o ponte de pie erguida, con los hombros relajados.',
      'Mira al frente con los ojos a la misma altura.',
      'Desliza la cabeza recta hacia atrás, como si hicieras papada, sin inclinarla hacia arriba ni hacia abajo.',
      'Mantén unos segundos notando cómo se alarga la nuca, y relaja.',
    ],
    cues: ['Hacia atrás, no hacia abajo', 'Ojos a la misma altura', 'Cuello largo'],
    mistakes: [
      'Asentir con la cabeza en lugar de deslizarla hacia atrás.',
      'Empujar con fuerza.',
      'Subir los hombros.',
    ],
    cautions: [
      'Para si te produce mareo u hormigueo en los brazos, y coméntalo con un profesional sanitario.',
    ],
    alt: 'Una persona sentada erguida en una silla; una cabeza discontinua y una flecha muestran la cabeza deslizándose hacia atrás sobre los hombros.',
  },
  'shoulder-rolls': {
    name: 'Círculos de hombros',
    purpose: 'Suelta los hombros tensos y la parte alta de la espalda después de estar sentada.',
    steps: [
      'Siéntate erguida con los brazos colgando sueltos.',
      'Sube los hombros hacia las orejas.',
      'Llévalos hacia atrás y hacia abajo, juntando suavemente los omóplatos.',
      'Deja que vuelvan hacia delante y se redondeen, en un círculo fluido.',
    ],
    cues: ['Círculos grandes y lentos', 'Arriba, atrás y abajo', 'Sigue respirando'],
    mistakes: ['Hacer los círculos con prisa.', 'Adelantar la cabeza.', 'Apretar la mandíbula.'],
    cautions: ['Haz los círculos más pequeños si un hombro cruje con dolor.'],
    alt: 'Una persona sentada erguida en una silla, con una flecha circular junto al hombro.',
  },
  'standing-back-extension': {
    name: 'Extensión de espalda de pie',
    purpose: 'Compensa el tiempo sentada arqueando suavemente la espalda en sentido contrario.',
    steps: [
      'Ponte de pie erguida con los pies separados al ancho de las caderas.',
      'Coloca las manos en la parte baja de la espalda, con los dedos hacia abajo.',
      'Eleva el pecho e inclínate suavemente hacia atrás sobre las manos, mirando al frente y no hacia arriba.',
      'Mantén una respiración y vuelve a quedarte erguida.',
    ],
    cues: ['Primero eleva el pecho', 'Pequeño y fácil', 'Aprieta los glúteos'],
    mistakes: [
      'Echar la cabeza hacia atrás.',
      'Doblar las rodillas para inclinarte más.',
      'Forzar hasta el dolor.',
    ],
    cautions: [
      'Si inclinarte hacia atrás te da dolor u hormigueo en una pierna, quédate erguida y estírate hacia arriba en su lugar.',
    ],
    alt: 'Una persona de pie con las dos manos en la parte baja de la espalda, inclinándose suavemente hacia atrás.',
  },
  'seated-tall-reach': {
    name: 'Estiramiento hacia arriba sentada',
    purpose:
      'Alarga la columna y abre el pecho después de estar sentada, sin inclinarte hacia delante ni girar.',
    steps: [
      'Siéntate en la parte delantera de la silla con los dos pies apoyados.',
      'Siéntate erguida, como si un hilo tirara de tu cabeza hacia arriba.',
      'Toma aire y estira los dos brazos por encima de la cabeza.',
      'Suelta el aire y baja los brazos despacio, sin dejar de estar erguida.',
    ],
    cues: ['Crece hacia arriba', 'Hacia arriba, no hacia atrás', 'Hombros abajo'],
    mistakes: ['Arquear la zona lumbar para llegar más alto.', 'Subir los hombros hasta las orejas.'],
    cautions: [
      'Si te duele subir los brazos, estíralos solo hasta donde te resulte cómodo, o apoya las manos en la cabeza.',
    ],
    alt: 'Una persona sentada erguida en una silla estira los dos brazos por encima de la cabeza.',
  },
  'desk-chest-stretch': {
    name: 'Estiramiento de pecho en el escritorio',
    purpose:
      'Abre la parte delantera del pecho y los hombros, que se acortan cuando te inclinas hacia la pantalla.',
    steps: [
      'Siéntate en la parte delantera de la silla con los pies apoyados.',
      'Lleva las manos atrás y sujeta los lados del asiento, o entrelaza las manos detrás de la espalda.',
      'Junta suavemente los omóplatos y eleva el pecho.',
      'Mantén y respira, con la barbilla recta.',
    ],
    cues: ['Pecho adelante y arriba', 'Hombros lejos de las orejas', 'Respira despacio'],
    mistakes: ['Arquear la zona lumbar en lugar de elevar el pecho.', 'Adelantar la barbilla.'],
    cautions: ['Afloja si notas hormigueo en los brazos o las manos.'],
    alt: 'Una persona sentada en la parte delantera de una silla, con las manos detrás y el pecho elevado.',
  },
  'thoracic-extension-chair': {
    name: 'Extensión de espalda en la silla',
    purpose:
      'Alivia la parte alta de la espalda encorvada arqueándola suavemente sobre el respaldo de la silla.',
    steps: [
      'Siéntate erguida y bien atrás en una silla cuyo respaldo llegue más o menos a la parte baja de los omóplatos.',
      'Pon las manos detrás de la cabeza para sostenerla, con los codos hacia delante.',
      'Toma aire e inclina suavemente la parte alta de la espalda sobre el respaldo, elevando el pecho.',
      'Suelta el aire y vuelve a sentarte erguida.',
    ],
    cues: ['Eleva el pecho', 'Sostén la cabeza', 'Muévete desde la parte alta de la espalda'],
    mistakes: ['Arquear la zona lumbar en su lugar.', 'Tirar del cuello.'],
    cautions: ['Usa una silla estable que no ruede ni se vuelque.'],
    alt: 'Una persona sentada con las manos detrás de la cabeza y la parte alta de la espalda arqueada suavemente sobre el respaldo.',
  },
  'seated-twist': {
    name: 'Giro sentada',
    purpose: 'Gira la columna para aliviar la rigidez de estar mucho tiempo sentada sin moverte.',
    steps: [
      'Siéntate erguida en la parte delantera de la silla con los dos pies apoyados.',
      'Pon la mano derecha sobre la rodilla izquierda y la mano izquierda en la silla, detrás de ti.',
      'Toma aire para crecer hacia arriba; luego suelta el aire y gira suavemente hacia la izquierda desde el centro del cuerpo.',
      'Mantén una respiración, vuelve al centro y gira hacia el otro lado.',
    ],
    cues: ['Primero crece, luego gira', 'Suave, sin forzar', 'Las caderas miran al frente'],
    mistakes: ['Hacer mucha palanca con los brazos.', 'Encorvarte al girar.'],
    cautions: [
      'Este ejercicio gira la columna. Si tienes osteoporosis o te han dicho que tus huesos están débiles, haz en su lugar el estiramiento hacia arriba sentada.',
    ],
    alt: 'Una persona vista de frente, sentada en una silla, con una mano cruzada hacia la rodilla contraria, girando los hombros.',
  },
  'wall-angel': {
    name: 'Ángeles en la pared',
    purpose: 'Abre el pecho y activa los músculos que llevan los hombros hacia atrás.',
    steps: [
      'Ponte de pie con la espalda contra una pared, los pies un poco adelantados y las rodillas sueltas.',
      'Sube los brazos formando una portería, con el dorso de las manos hacia la pared.',
      'Desliza los brazos despacio hacia arriba por la pared, hasta donde te resulte cómodo.',
      'Vuelve a bajarlos hasta la portería, con la espalda y la cabeza cerca de la pared.',
    ],
    cues: ['Costillas abajo', 'Desliza despacio', 'Solo hasta donde sea fácil'],
    mistakes: [
      'Separar la zona lumbar de la pared y arquearla para llegar más alto.',
      'Encoger los hombros.',
    ],
    cautions: ['No hace falta que las manos toquen la pared; mantenlas donde tus hombros estén cómodos.'],
    alt: 'Una persona vista de frente, de pie contra una pared con los brazos en forma de portería; unos brazos discontinuos los muestran más arriba.',
  },
  'ankle-pumps': {
    name: 'Bombeo de tobillos',
    purpose:
      'Mantiene la sangre en movimiento en las piernas cuando pasas mucho tiempo sentada, de viaje o en el escritorio.',
    steps: [
      'Siéntate erguida con los pies delante de ti.',
      'Lleva los dedos y la parte delantera de los pies hacia ti, con los talones en el suelo.',
      'Apoya la parte delantera de los pies y levanta los talones.',
      'Sigue alternando entre las dos posiciones a un ritmo constante.',
    ],
    cues: ['Dedos arriba, talones arriba', 'Ritmo constante', 'Siéntate erguida'],
    mistakes: ['Hacer movimientos pequeños con prisa.', 'Hundirte en el asiento.'],
    cautions: [
      'Si una pantorrilla se hincha, se pone roja o duele después de un viaje largo, que te la revise un médico o una médica ese mismo día.',
    ],
    alt: 'Una persona sentada en una silla con un pie flexionado hacia arriba; un pie discontinuo lo muestra en punta hacia abajo.',
  },
};
