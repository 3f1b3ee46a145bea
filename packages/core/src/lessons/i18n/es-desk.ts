import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-desk.ts`, by lesson id. */
export const esDesk: LessonCatalogue = {
  'posture-and-sitting': {
    title: 'La postura y estar mucho tiempo sentada',
    summary:
      'No existe una única postura perfecta, y cambiar de posición a menudo importa más que mantener una forma «correcta».',
    gradeReason:
      'Interrumpir el tiempo sentada es sensato y de bajo riesgo, pero su efecto sobre el dolor de espalda en los ensayos es pequeño o incierto.',
    body: [
      {
        text: 'A muchas nos dijeron que nos sentáramos rectas, y muchas personas con dolor de espalda temen que su postura lo haya causado. La evidencia es más tranquilizadora. Personas con posturas muy distintas tienen dolor de espalda, y muchas que se sientan encorvadas no lo tienen. Hay pocas pruebas sólidas de que una forma concreta de sentarse o de estar de pie prevenga el dolor de espalda.',
      },
      {
        text: 'Lo que parece importar más es quedarse mucho tiempo en la misma posición. A los músculos y las articulaciones les gusta la variedad. Una postura encorvada está bien durante un rato, y una erguida también; el problema empieza cuando cualquiera de las dos se mantiene durante horas. Así que la mejor postura suele ser la siguiente.',
      },
      {
        text: 'Los hombros redondeados, la pelvis inclinada hacia delante, los flexores de cadera acortados y los glúteos débiles son frecuentes en quienes pasan mucho tiempo sentados. Trabajar la fuerza y la movilidad puede hacer que estés más cómoda, pero no se trata de forzar tu cuerpo a una forma de libro de texto.',
      },
      {
        items: [
          'Cambia de posición más o menos cada media hora, aunque solo sea recolocándote en la silla.',
          'Levántate y muévete uno o dos minutos al menos cada hora.',
          'Cuando estés cansada, apóyate en el respaldo con un soporte detrás de la zona lumbar.',
          'Si una posición te duele, cámbiala; si te sienta bien, probablemente está bien.',
        ],
      },
      {
        text: 'Las revisiones sobre cambios en el lugar de trabajo muestran que los escritorios para trabajar sentada o de pie y los recordatorios reducen el tiempo sentada. Es menos seguro que eso reduzca el dolor de espalda, y por eso esta lección tiene grado C. Moverse más sigue siendo bueno para la espalda, el corazón y el ánimo, y cuesta poco.',
      },
      { text: 'Configura recordatorios de pausas activas para tu horario de trabajo.' },
      { text: 'Prueba una descarga de espalda de dos minutos.' },
    ],
  },
  'desk-setup': {
    title: 'Cómo preparar tu escritorio',
    summary:
      'Unos pocos cambios en la silla, la pantalla y el teclado pueden hacer más llevaderos los días largos de escritorio, aunque las pruebas de que prevengan el dolor de espalda son modestas.',
    gradeReason:
      'Las listas de comprobación para oficinas como ROSA detectan bien los puestos incómodos; el beneficio de corregirlos es modesto en los estudios.',
    body: [
      {
        text: 'Si pasas horas en un escritorio, cómo está preparado determina cómo te sientas la mayor parte del día. Los investigadores han creado listas de comprobación, como la Rapid Office Strain Assessment (ROSA), que puntúan la silla, la pantalla, el teclado, el ratón y el teléfono. Las puntuaciones más altas van con más molestias. La revisión del escritorio de la app sigue la misma idea.',
      },
      {
        text: 'Cambiar el puesto ayuda a algunas personas a estar más cómodas, pero los estudios muestran efectos solo modestos sobre el dolor. Un buen escritorio es una ayuda, no una cura. Piensa en ello como quitar obstáculos, para que tu cuerpo no tenga que luchar contra los muebles todo el día.',
      },
      {
        items: [
          'Silla: pies apoyados en el suelo o en un reposapiés, rodillas más o menos a la altura de las caderas.',
          'Espalda: siéntate al fondo para que el respaldo sostenga la curva de tu zona lumbar.',
          'Pantalla: el borde superior a la altura de los ojos o un poco por debajo, a un brazo de distancia.',
          'Portátil: elévalo con un soporte o con libros y usa un teclado y un ratón aparte.',
          'Teclado y ratón: cerca de ti, para que los codos descansen junto al cuerpo.',
          'Teléfono: usa auriculares o el altavoz en lugar de sujetarlo con el hombro.',
        ],
      },
      {
        text: 'Trabajar desde el sofá, la cama o la mesa de la cocina es habitual. Si esa es tu realidad, los pequeños arreglos también ayudan: un cojín detrás de la espalda, una caja bajo los pies, el portátil elevado sobre libros. Y el arreglo más sencillo de todos es levantarte con regularidad.',
      },
      {
        text: 'La revisión del escritorio lleva unos minutos, puntúa tu puesto y te sugiere los cambios que más importan en tu caso.',
      },
      { text: 'Haz la revisión del escritorio.' },
      { text: 'Lee sobre el apoyo lumbar.' },
    ],
  },
  'lumbar-support': {
    title: 'Cojines lumbares y soportes para la espalda',
    summary:
      'Un cojín pequeño o una toalla enrollada detrás de la zona lumbar es una medida de comodidad razonable para probar, aunque hay pocas pruebas directas a su favor.',
    gradeReason: 'Una medida de comodidad con pocas pruebas directas de ensayos; barata y de bajo riesgo.',
    body: [
      {
        text: 'La zona lumbar tiene una curva natural hacia dentro. Muchas sillas y asientos de coche dejan un hueco ahí, así que al cabo de un rato te hundes en él. Un apoyo lumbar rellena ese hueco: puede ser una almohadilla regulable integrada, un cojín con forma o simplemente una toalla enrollada.',
      },
      {
        text: 'A muchas personas un apoyo lumbar les resulta más cómodo, sobre todo en viajes largos en coche o en días largos de escritorio. Las listas de comprobación para oficinas como ROSA cuentan la falta de apoyo lumbar como un punto de riesgo. Pero los ensayos que comprueban si los cojines lumbares reducen el dolor de espalda son pocos y pequeños, así que le damos un grado D: razonable para probar, no demostrado.',
      },
      {
        text: 'Las fajas y los cinturones lumbares son otra cosa. Se llevan alrededor del cuerpo, y la guía del Reino Unido desaconseja los cinturones y los corsés para tratar el dolor lumbar. Con el tiempo pueden hacer que dependas de ellos en lugar de tus propios músculos.',
      },
      {
        text: 'En el coche, muchos asientos tienen un ajuste lumbar integrado. Ajústalo para notar apoyo más o menos a la altura del cinturón sin que te empuje hacia delante, y vuelve a comprobarlo si otra persona ha conducido el coche.',
      },
      {
        items: [
          'Coloca el cojín en la parte baja de la espalda, más o menos a la altura del cinturón.',
          'Debe sentirse como un apoyo suave, no como un empujón hacia delante.',
          'Una toalla enrollada es una forma gratuita de probar si te ayuda.',
          'Úsalo junto con pausas regulares, no en lugar de ellas.',
        ],
      },
      {
        text: 'Si un apoyo te hace estar más cómoda, sigue usándolo. Si no te aporta nada, no te estás perdiendo un tratamiento demostrado.',
      },
      { text: 'Revisa todo tu puesto de escritorio.' },
      { text: 'Mira la lista de viaje para el coche.' },
    ],
  },
  'standing-desks': {
    title: 'Escritorios de pie',
    summary:
      'Los escritorios para trabajar sentada o de pie reducen el tiempo sentada, pero su efecto sobre el dolor de espalda es pequeño o incierto, y estar de pie todo el día no es el objetivo.',
    gradeReason:
      'Una revisión Cochrane encontró menos tiempo sentado con escritorios regulables; los efectos sobre el dolor fueron pequeños o inciertos.',
    body: [
      {
        text: 'Los escritorios de pie se hicieron populares a medida que crecía la preocupación por pasar mucho tiempo sentados. Una revisión Cochrane sobre cambios en el lugar de trabajo encontró que los escritorios para trabajar sentado o de pie sí reducen el tiempo que la gente pasa sentada en el trabajo, aproximadamente entre una y dos horas al día a corto plazo, aunque los estudios eran de baja calidad.',
      },
      {
        text: 'Si eso ayuda con el dolor de espalda está mucho menos claro. Los estudios que midieron el dolor o las molestias encontraron efectos pequeños o ninguno, y la mayoría fueron cortos y de baja calidad. Así que un escritorio de pie no es un tratamiento para el dolor de espalda. Es una forma de cambiar de posición más a menudo.',
      },
      {
        text: 'Estar de pie quieta durante horas tiene sus propios problemas: piernas cansadas, pies doloridos y la espalda rígida. El objetivo es alternar, no cambiar una posición fija por otra.',
      },
      {
        text: 'Si en tu trabajo te ofrecen un escritorio regulable, pide que el resto del puesto se adapte con él. La pantalla y el teclado tienen que estar a la altura adecuada tanto sentada como de pie, o acabarás mirando hacia abajo o estirándote.',
      },
      {
        items: [
          'Alterna entre estar sentada y de pie a lo largo del día, por ejemplo cada media hora o cada hora.',
          'De pie, cambia el peso de pierna, apoya un pie en una caja baja y usa calzado que sujete bien.',
          'Ajusta el escritorio para que, al escribir, los codos queden doblados más o menos en ángulo recto.',
          'Caminar uno o dos minutos es mejor que estar de pie sin moverte.',
        ],
      },
      {
        text: '¿No tienes escritorio de pie? Una encimera alta de cocina para las llamadas, ponerte de pie en las reuniones y caminar mientras hablas por teléfono cumplen la misma función.',
      },
      { text: 'Configura recordatorios para cambiar de posición.' },
      { text: 'Prueba la pausa de escritorio para ponerte de pie.' },
    ],
  },
  'movement-breaks': {
    title: 'Pausas activas: pomodoro o cada hora',
    summary:
      'Las pausas cortas y regulares para dejar de estar sentada son sensatas y de bajo riesgo, y un simple temporizador hace que ocurran.',
    gradeReason:
      'Reducir el tiempo sentado está bien estudiado; el efecto de las pausas sobre el propio dolor de espalda es pequeño o incierto.',
    body: [
      {
        text: 'Cuando estás absorta en el trabajo, puede pasar una hora sin que te muevas nada. Las pausas funcionan mejor cuando no dependen de acordarse. Por eso la app puede recordártelas durante tu horario de trabajo.',
      },
      {
        text: 'Hay dos ritmos habituales. La técnica pomodoro divide el trabajo en bloques de veinticinco minutos con una pausa corta después de cada uno, y una pausa más larga después de cuatro bloques. A mucha gente le gusta tanto para concentrarse como para la espalda. El ritmo por horas es más sencillo: unos minutos de movimiento cada hora. Los dos funcionan; elige el que encaje con tu día.',
      },
      {
        text: '¿Cómo debería ser una pausa? Cualquier cosa que cambie tu posición y te ponga en movimiento: levantarte, ir a llenar un vaso de agua, unos estiramientos, subir rápido un tramo de escaleras. Dos minutos son de sobra. Las rutinas de escritorio de la app están pensadas para caber en una pausa.',
      },
      {
        items: [
          'Configura tu horario de trabajo para que los recordatorios solo lleguen cuando estás trabajando.',
          'Pospón un recordatorio si estás en una reunión y haz la pausa después.',
          'Varía tus pausas: cuello y hombros, espalda, piernas.',
          'Las reuniones por teléfono pueden hacerse caminando.',
        ],
      },
      {
        text: '¿Qué fuerza tiene la evidencia? Se han estudiado formas de reducir el tiempo sentado en el trabajo, pero los efectos sobre el dolor de espalda son pequeños o inciertos, así que el grado es C. Las pausas son de bajo riesgo, no cuestan nada y ayudan a muchas personas a sentirse menos rígidas, así que vale la pena probarlas.',
      },
      { text: 'Configura tus recordatorios de pausas.' },
      { text: 'Prueba una pausa de dos minutos para hombros y cuello.' },
    ],
  },
  'travel-and-car': {
    title: 'Viajes, conducir y tu espalda',
    summary:
      'Los viajes largos significan mucho tiempo sentada, y un asiento bien ajustado, un cojín lumbar y paradas regulares son formas razonables de llegar menos rígida.',
    gradeReason:
      'Ajustar el coche y el asiento en los viajes son medidas de comodidad con pocas pruebas directas; interrumpir el tiempo sentado es de bajo riesgo.',
    body: [
      {
        text: 'Los viajes largos en coche, avión o tren desencadenan a menudo el dolor de espalda. Pasas horas sentada, muchas veces en un asiento que no se adapta a ti, y hay que cargar peso al principio y al final. Muy pocos consejos sobre viajes se han probado en ensayos, así que esta lección tiene grado D. Los consejos son sensatos, de bajo riesgo y fáciles de probar.',
      },
      {
        items: [
          'Ajusta el asiento del coche antes de salir: siéntate bien al fondo, rodillas más o menos a la altura de las caderas y el respaldo algo reclinado.',
          'Acerca el asiento lo suficiente para llegar a los pedales sin estirarte.',
          'Pon un cojín pequeño o una toalla enrollada en la parte baja de la espalda.',
          'Ajusta los espejos al final, sentada bien, para que te recuerden volver a incorporarte.',
          'En trayectos largos, para más o menos cada hora para caminar y estirarte unos minutos.',
          'En el avión, elige un asiento de pasillo para poder levantarte cuando lo necesites.',
        ],
      },
      {
        text: 'El equipaje suele ser lo más difícil. Las maletas con ruedas, dos bolsas más ligeras en lugar de una pesada y pedir ayuda con los compartimentos superiores reducen el esfuerzo. Al levantar peso, mantén la bolsa cerca del cuerpo y gira con los pies en lugar de torcer el tronco.',
      },
      {
        text: 'Las camas y las almohadas de los hoteles varían mucho. Una almohada extra entre las rodillas o debajo de ellas puede hacer que una cama desconocida trate mejor a tu espalda.',
      },
      { text: 'Una rutina corta al llegar ayuda a deshacer el viaje.' },
      { text: 'Repasa la lista de viaje.' },
      { text: 'Prueba el estiramiento de viaje de cinco minutos.' },
    ],
  },
};
