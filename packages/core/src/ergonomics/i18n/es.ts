import type { DeskCheckTranslation } from './texts.js';

const setUpNote =
  'Las listas de comprobación como esta detectan puestos de trabajo que se asocian con más molestias. ' +
  'Cambiar el puesto ayuda a algunas personas, pero la evidencia es modesta, así que observa qué te ' +
  'funciona a ti.';
const noLaptop = 'No trabajo con portátil';
const moveMore =
  'Incluye movimiento en tu día: atiende las llamadas de pie, levántate a rellenar el agua o haz ' +
  'alguna reunión caminando.';
const breakReminders =
  'Activa los recordatorios de pausas y levántate un minuto o dos cada media hora más o menos, aunque estés a mitad de una tarea.';
const lunchAway =
  'Come lejos de tu mesa cuando puedas: incluso un paseo de 10 minutos después de comer ayuda a romper el día.';

/** The desk self-check in Spanish (neutral, "tú"). */
export const es: DeskCheckTranslation = {
  questions: {
    'chair-height': {
      text: 'Sentada bien atrás en la silla, ¿dónde quedan tus rodillas respecto a tus caderas?',
      why: 'A la altura correcta, tus muslos quedan horizontales y la parte baja de la espalda conserva su curva.',
      options: [
        { label: 'Más o menos a la misma altura, con los pies planos' },
        {
          label: 'Más altas que las caderas: el asiento se siente bajo',
          fix: 'Sube el asiento hasta que tus rodillas queden más o menos a la altura de las caderas.',
        },
        {
          label: 'Bastante más bajas que las caderas: el asiento se siente alto',
          fix: 'Baja un poco el asiento para que tus muslos queden horizontales; si la mesa es alta, ayuda un reposapiés.',
        },
      ],
    },
    'seat-depth': {
      text: 'Sentada bien atrás, ¿cuánto espacio queda entre el borde del asiento y la parte de atrás de tus rodillas?',
      why: 'Un asiento demasiado profundo hace que te sientes en el borde, lejos del respaldo.',
      options: [
        { label: 'Más o menos el ancho de un puño' },
        {
          label: 'Casi nada: el borde presiona detrás de las rodillas',
          fix: 'Desliza el asiento hacia atrás si se puede, o pon un cojín firme detrás de la espalda para que quepa un puño detrás de las rodillas.',
        },
        {
          label: 'Mucho: más de un palmo',
          fix: 'Si el asiento se desliza, adelántalo para que apoye más parte de tus muslos.',
        },
      ],
    },
    'lumbar-support': {
      text: '¿El respaldo de la silla se adapta a la curva de la parte baja de tu espalda cuando te apoyas?',
      why: 'Un apoyo en la zona lumbar te deja recostarte y relajarte en lugar de sostenerte tú misma.',
      options: [
        { label: 'Sí: se adapta y me apoyo en él' },
        {
          label: 'En parte: no llega a la curva, o me siento en el borde',
          fix: 'Ajusta la altura del respaldo para que su curva coincida con tu zona lumbar y luego siéntate bien atrás.',
        },
        {
          label: 'No: el respaldo es plano, no hay o no llego a él',
          fix: 'Prueba con un cojín pequeño o una toalla enrollada en la zona lumbar, y deja que la silla te sostenga.',
        },
      ],
    },
    armrests: {
      text: 'Cuando escribes en el teclado, ¿qué hacen los reposabrazos?',
      why: 'Unos reposabrazos a la altura de la mesa dejan caer los hombros; si están demasiado altos, los mantienen tensos.',
      options: [
        { label: 'Los codos se apoyan suavemente y los hombros están relajados' },
        {
          label: 'Me suben los hombros',
          fix: 'Baja los reposabrazos hasta que tus hombros caigan, o quítalos si no bajan lo suficiente.',
        },
        {
          label: 'Están demasiado bajos o separados: me inclino para alcanzarlos',
          fix: 'Sube los reposabrazos o júntalos para que los codos se apoyen sin inclinarte.',
        },
        {
          label: 'No me dejan acercarme a la mesa',
          fix: 'Baja los reposabrazos o gíralos hacia atrás para poder acercarte del todo a la mesa.',
        },
        { label: 'Mi silla no tiene reposabrazos' },
      ],
    },
    'screen-height': {
      text: 'Sentada erguida y mirando al frente, ¿a qué altura de la pantalla llegan tus ojos?',
      why: 'Una pantalla baja inclina la cabeza hacia delante, y su peso tira del cuello y la parte alta de la espalda.',
      options: [
        { label: 'A la altura de la primera línea de texto o un poco por debajo' },
        {
          label: 'Por encima del borde superior: miro hacia abajo',
          fix: 'Sube la pantalla para que la primera línea de texto quede a la altura de los ojos o un poco por debajo; una pila de libros sirve.',
        },
        {
          label: 'Muy por debajo del borde superior: echo la cabeza hacia atrás para verla',
          fix: 'Baja la pantalla hasta que la primera línea de texto quede a la altura de los ojos o justo por debajo (un poco más baja si usas lentes progresivas).',
        },
      ],
    },
    'screen-distance': {
      text: '¿A qué distancia está tu pantalla?',
      why: 'A una distancia cómoda puedes leer sin estirar el cuello hacia delante.',
      options: [
        { label: 'Más o menos a un brazo de distancia' },
        {
          label: 'Más lejos: me inclino para leer',
          fix: 'Acerca la pantalla a un brazo de distancia, o agranda el texto para poder leer recostada.',
        },
        {
          label: 'Más cerca: la tengo casi encima',
          fix: 'Aleja la pantalla hasta un brazo de distancia y agranda el texto si lo necesitas.',
        },
      ],
    },
    'screen-position': {
      text: '¿Tienes la pantalla justo delante?',
      why: 'Girar la cabeza hacia un lado durante horas hace trabajar un lado del cuello todo el día.',
      options: [
        { label: 'Sí, justo delante' },
        {
          label: 'Tengo dos pantallas y giro mucho entre ellas',
          fix: 'Pon la pantalla que más usas justo delante y la otra al lado, inclinada hacia ti.',
        },
        {
          label: 'No, está a un lado',
          fix: 'Mueve la pantalla para que quede justo delante de ti, alineada con el teclado.',
        },
      ],
    },
    'keyboard-position': {
      text: 'Cuando escribes, ¿dónde están tus manos y codos?',
      why: 'Escribir con los brazos relajados y cerca del cuerpo quita carga a los hombros y la parte alta de la espalda.',
      options: [
        { label: 'Teclado cerca, codos más o menos en ángulo recto, muñecas bastante rectas' },
        {
          label: 'Estiro los brazos hacia delante para llegar al teclado',
          fix: 'Trae el teclado al borde de la mesa para que los codos puedan quedarse junto al cuerpo.',
        },
        {
          label: 'El teclado se siente alto: se me suben los hombros o se doblan las muñecas hacia arriba',
          fix: 'Sube la silla (con reposapiés si hace falta) para que los codos queden a la altura de las teclas; pliega las patas del teclado.',
        },
      ],
    },
    'mouse-position': {
      text: '¿Dónde está tu ratón?',
      why: 'Estirarse una y otra vez para alcanzar el ratón cansa el hombro.',
      options: [
        { label: 'Justo al lado del teclado, fácil de alcanzar' },
        {
          label: 'Algo lejos: estiro el brazo hacia delante o hacia un lado',
          fix: 'Pon el ratón justo al lado del teclado; ayuda un teclado compacto sin bloque numérico.',
        },
        {
          label: 'Uso sobre todo el panel táctil del portátil',
          fix: 'Prueba un ratón aparte junto al teclado, para que la mano descanse cerca del cuerpo.',
        },
      ],
    },
    wrists: {
      text: '¿Cómo quedan tus muñecas cuando escribes o usas el ratón?',
      why: 'Las muñecas dobladas y los bordes duros presionan los tendones y nervios que pasan por ellas.',
      options: [
        { label: 'Rectas y relajadas' },
        {
          label: 'Dobladas hacia arriba, hacia abajo o hacia un lado',
          fix: 'Mantén las muñecas alineadas con los antebrazos: baja el teclado y mueve el ratón desde el codo.',
        },
        {
          label: 'Apoyadas en el borde duro de la mesa o del portátil',
          fix: 'Apoya las palmas en algo blando entre ratos de escritura; una toalla doblada sirve.',
        },
      ],
    },
    feet: {
      text: '¿Dónde están tus pies mientras estás sentada?',
      why: 'Los pies bien apoyados dan a las piernas y a la parte baja de la espalda una base estable.',
      options: [
        { label: 'Planos en el suelo o en un reposapiés' },
        {
          label: 'Colgando, o solo tocan el suelo los dedos',
          fix: 'Apoya los pies en un reposapiés, una caja firme o unos cuantos libros gruesos para que queden planos.',
        },
        {
          label: 'Recogidos bajo la silla o enroscados en sus patas',
          fix: 'Adelanta los pies y apóyalos planos; si se te hace raro, un reposapiés suele ayudar.',
        },
      ],
    },
    legroom: {
      text: '¿Hay espacio bajo la mesa para tus piernas?',
      why: 'Sin espacio para las rodillas acabas girada, o sentada lejos de la mesa y estirándote.',
      options: [
        { label: 'Espacio de sobra' },
        {
          label: 'Está estrecho: cajas, cajones o una barra estorban',
          fix: 'Despeja el espacio bajo la mesa para poder sentarte cerca con las rodillas mirando al frente.',
        },
      ],
    },
    phone: {
      text: '¿Cómo atiendes las llamadas en tu mesa?',
      why: 'Sujetar el teléfono entre la oreja y el hombro dobla el cuello hacia un lado y tensa ese lado.',
      options: [
        { label: 'Con auriculares, cascos o altavoz' },
        {
          label: 'Sujetando el teléfono con la mano',
          fix: 'Para llamadas de más de unos minutos, usa auriculares, cascos o el altavoz.',
        },
        {
          label: 'Sujeto entre la oreja y el hombro',
          fix: 'Usa auriculares, cascos o el altavoz para que tu cabeza pueda seguir erguida durante las llamadas.',
        },
        { label: 'Casi nunca atiendo llamadas en mi mesa' },
      ],
    },
    'laptop-setup': {
      text: 'Si trabajas con portátil, ¿cómo lo tienes colocado?',
      why: 'En un portátil la pantalla y el teclado van unidos, así que usarlo solo implica cuello doblado o brazos levantados.',
      options: [
        { label: 'En un soporte o con una pantalla aparte, más teclado y ratón aparte' },
        {
          label: 'Elevado, pero escribo en el propio portátil',
          fix: 'Añade un teclado y un ratón aparte (sencillos bastan) para que la pantalla y las manos queden cada una en su sitio.',
        },
        {
          label: 'Plano en la mesa, en el regazo o en el sofá',
          fix: 'Eleva el portátil para que el borde superior de la pantalla quede cerca de la altura de los ojos (una pila de libros sirve) y añade un teclado y un ratón aparte.',
        },
        { label: noLaptop },
      ],
    },
    'laptop-hours': {
      text: 'En un día normal, ¿cuánto tiempo trabajas solo con el portátil, sin soporte ni teclado aparte?',
      why: 'Los ratos cortos están bien; cuando son horas al día, la carga se acumula.',
      options: [
        { label: 'Menos de una hora' },
        {
          label: 'De una a cuatro horas',
          fix: 'Para más de una hora, lleva el portátil a una mesa con la pantalla elevada y un teclado aparte.',
        },
        {
          label: 'Más de cuatro horas',
          fix: 'Prepara un sitio adecuado para los días largos de portátil (pantalla elevada, teclado aparte) y deja el sofá para ratos cortos.',
        },
        { label: noLaptop },
      ],
    },
    'sitting-stretch': {
      text: '¿Cuánto tiempo sueles estar sentada antes de levantarte?',
      why: 'Estar sentada mucho rato seguido es duro para una espalda rígida; las pausas cortas y regulares son fáciles y de bajo riesgo.',
      options: [
        { label: 'Menos de media hora' },
        {
          label: 'De media hora a una hora',
          fix: 'Levántate un minuto o dos cada media hora más o menos: un estiramiento, un vaso de agua, unos pasos.',
        },
        { label: 'De una a dos horas', fix: breakReminders },
        { label: 'Más de dos horas', fix: breakReminders },
      ],
    },
    'position-changes': {
      text: 'A lo largo del día, ¿cambias de postura: atiendes llamadas de pie, caminas, alternas entre sentada y de pie?',
      why: 'Ninguna postura es perfecta durante horas; ir cambiando reparte la carga.',
      options: [
        { label: 'A menudo' },
        { label: 'A veces', fix: moveMore },
        { label: 'Rara vez', fix: moveMore },
      ],
    },
    'lunch-away': {
      text: '¿Haces la pausa de la comida lejos de tu mesa?',
      why: 'Una pausa de verdad a mitad del día le da a tu espalda un cambio de postura más largo.',
      options: [
        { label: 'La mayoría de los días' },
        { label: 'A veces', fix: lunchAway },
        { label: 'Rara vez: como en mi mesa', fix: lunchAway },
      ],
    },
  },
  areas: {
    breaks: {
      label: 'Pausas y movimiento',
      note: 'Las mesas regulables y los recordatorios reducen el tiempo sentada; su efecto sobre el dolor de espalda es pequeño o incierto. Las pausas cortas y regulares son de bajo riesgo y sensatas.',
    },
    chair: {
      label: 'Silla',
      note: `${setUpNote} Un cojín lumbar es una medida de comodidad con poca evidencia directa; vale la pena probarlo.`,
    },
    screen: { label: 'Pantalla', note: setUpNote },
    laptop: { label: 'Portátil', note: setUpNote },
    keyboard_mouse: { label: 'Teclado y ratón', note: setUpNote },
    feet: { label: 'Pies y espacio para las piernas', note: setUpNote },
    phone: { label: 'Llamadas', note: setUpNote },
  },
};
