import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-body.ts`, by lesson id. */
export const esBody: LessonCatalogue = {
  'weight-and-back': {
    title: 'El peso en la mediana edad y el dolor de espalda',
    summary:
      'Un peso corporal más alto se asocia con más dolor de espalda, pero es mucho menos seguro que perder peso alivie el dolor, y moverse más ayuda con cualquier talla.',
    gradeReason:
      'Un metaanálisis de estudios observacionales muestra la relación; hay pocos ensayos de pérdida de peso para el dolor de espalda.',
    body: [
      {
        text: 'Muchas mujeres notan que su peso y su figura cambian en la mediana edad, a menudo alrededor de la cintura. Es habitual durante la transición a la menopausia y no es un fracaso personal. Las hormonas, el sueño, el estrés, la pérdida de músculo y una vida ajetreada influyen.',
      },
      {
        text: 'Los estudios que reunieron datos de muchos miles de personas encontraron que un peso corporal más alto va unido a más dolor lumbar, a más dolor de larga duración y a más visitas al médico por ese motivo. Es una relación vista en estudios observacionales, así que no demuestra que el peso cause el dolor. Ambos pueden tener causas comunes, como moverse menos o dormir peor.',
      },
      {
        text: '¿Perder peso ayuda con el dolor de espalda? Puede que a algunas personas sí, pero hay pocos ensayos buenos, así que nadie puede prometerlo. Lo que sí está bien respaldado es que el ejercicio ayuda con el dolor de espalda sea cual sea tu talla. El trabajo de fuerza, caminar y otros movimientos benefician el dolor, el ánimo, el sueño y la salud a largo plazo, cambie o no la báscula.',
      },
      {
        items: [
          'Céntrate en lo que puedes hacer, no en un número: más movimiento, músculos más fuertes, mejor sueño.',
          'Elige actividades que hoy te sienten bien; caminar y el ejercicio en el agua son comienzos suaves.',
          'El trabajo de fuerza ayuda a conservar el músculo, que tiende a disminuir en la mediana edad.',
          'Si quieres apoyo con el peso, tu médico o médica de cabecera puede comentar contigo las opciones que te convengan.',
        ],
      },
      {
        text: 'Registrar tu cintura o tu peso es totalmente opcional. Si te ayuda a ver tu progreso, úsalo; si te hace sentir peor, déjalo. Tu espalda se beneficia del movimiento en cualquier caso.',
      },
      { text: 'Prueba una sesión de fuerza.' },
      { text: 'Lee sobre caminar.' },
    ],
  },
  'core-strength': {
    title: 'El core: qué es y qué no es',
    summary:
      'Los ejercicios de core y de control ayudan con el dolor de espalda más o menos igual que otros ejercicios, así que un core fuerte es útil, pero no es la única clave de una espalda sana.',
    gradeReason:
      'Una revisión Cochrane del ejercicio de control motor: mejor que una atención mínima, similar a otros ejercicios.',
    body: [
      {
        text: 'El core, o zona media, es el grupo de músculos que rodea tu tronco: los músculos profundos del abdomen, los músculos a lo largo de la columna, el suelo pélvico, el diafragma y los músculos alrededor de las caderas. Juntos estabilizan y mueven el tronco.',
      },
      {
        text: 'Durante años se culpó a un core débil del dolor de espalda, y se enseñaban ejercicios especiales para «activar» los músculos profundos como la solución. Se llaman ejercicios de control motor. Una revisión Cochrane encontró que sí ayudan: las personas tenían menos dolor y hacían más cosas que con una atención mínima. Pero funcionaron más o menos igual que otros ejercicios, no mejor.',
      },
      {
        text: 'Así que merece la pena tener un core fuerte y bien controlado, y el trabajo de core es una buena parte de un programa. No hace falta que metas la tripa todo el día ni que pongas el tronco rígido en los movimientos cotidianos. El objetivo es una espalda que se mueve con libertad y un core que trabaja cuando hace falta.',
      },
      {
        items: [
          'El bicho muerto (dead bug), el perro de caza (bird dog), el puente y la plancha lateral son buenos ejercicios completos de core.',
          'Respira con normalidad durante el trabajo de core; contener la respiración aumenta la tensión.',
          'Después de un parto o si tienes problemas de suelo pélvico, un o una fisioterapeuta especializada en salud de la mujer puede adaptar los ejercicios.',
          'Evita los abdominales clásicos (sit-ups y crunches) si necesitas proteger tus huesos; las rutinas de la app no los incluyen.',
        ],
      },
      {
        text: 'El grado es B: varios ensayos respaldan el trabajo de core, con limitaciones en su tamaño y en la duración del seguimiento.',
      },
      { text: 'Prueba la rutina de core al estilo pilates.' },
      { text: 'Lee sobre el trabajo de fuerza y los glúteos.' },
    ],
  },
  inflammation: {
    title: 'Inflamación: lo que la palabra significa y lo que no',
    summary:
      'La inflamación forma parte de cómo se cura el cuerpo y, aunque se estudia la inflamación leve y prolongada en el dolor, no hay una forma sencilla de «apagarla» en el dolor de espalda.',
    gradeReason:
      'El papel de la inflamación leve en el dolor de espalda común sigue siendo una pregunta de investigación.',
    body: [
      {
        text: 'La inflamación es la respuesta del cuerpo a una lesión o una infección: aumenta el flujo de sangre, la zona puede hincharse y doler, y empieza la reparación. Después de un tirón, algo de inflamación forma parte de la curación; no es algo que temer.',
      },
      {
        text: 'Los investigadores también se interesan por la inflamación leve y prolongada, que tiende a aumentar con la edad, la inactividad, el mal descanso, el estrés y un peso corporal más alto. Tener menos estrógeno puede sumarse. Todavía no se sabe si este tipo de inflamación causa el dolor de espalda común, ni en qué medida. Verás muchos productos y dietas que prometen combatir la inflamación; las pruebas que los respaldan para el dolor de espalda son débiles.',
      },
      {
        text: 'Algunas enfermedades afectan con inflamación a la propia columna, como el dolor de espalda inflamatorio: la espalda está rígida mucho tiempo por la mañana, mejora con el movimiento y empeora con el reposo. Ese patrón merece una visita a tu médico o médica de cabecera en un par de semanas; la lección de señales de alarma lo incluye junto con las demás señales.',
      },
      {
        items: [
          'Moverse con regularidad, dormir bien y manejar el estrés se asocian con menos inflamación.',
          'Una dieta variada con muchos vegetales es saludable en general, haga lo que haga con el dolor de espalda.',
          'Desconfía de los productos que prometen curar la inflamación.',
          'Si tienes rigidez por la mañana que dura más de media hora y mejora al moverte, coméntalo con tu médico o médica de cabecera.',
        ],
      },
      { text: 'Lee sobre los patrones de alimentación y el dolor de espalda.' },
      { text: 'Revisa las señales de alarma.' },
    ],
  },
  'bone-health': {
    title: 'Salud ósea, osteopenia y osteoporosis',
    summary:
      'La pérdida de hueso se acelera en torno a la última regla, y el ejercicio de fuerza, de impacto y de equilibrio está entre las mejores formas de cuidar tus huesos.',
    gradeReason:
      'La pérdida de hueso en la menopausia está bien medida en grandes estudios; el consejo de ejercicio se basa en un consenso del Reino Unido.',
    body: [
      {
        text: 'El hueso es un tejido vivo que se destruye y se reconstruye todo el tiempo. En torno a la menopausia, tener menos estrógeno inclina la balanza hacia la pérdida. Un gran estudio que siguió a mujeres durante la transición encontró que la pérdida de hueso se acelera desde aproximadamente un año antes de la última regla hasta unos dos años después, a un ritmo muy aproximado de un dos por ciento al año, y luego se frena.',
      },
      {
        text: 'Osteopenia significa que la densidad ósea es más baja que la media de una persona adulta joven, pero no tanto como para llamarla osteoporosis. Osteoporosis significa que los huesos se han debilitado y se rompen con más facilidad, por ejemplo la muñeca tras una caída o una vértebra tras un pequeño esfuerzo. Ambas se detectan con una densitometría ósea, y tu médico o médica de cabecera puede valorar tu riesgo de fractura.',
      },
      {
        text: 'El consenso del Reino Unido sobre ejercicio en la osteoporosis, dirigido por la Royal Osteoporosis Society, recomienda tres cosas: entrenamiento de fuerza y algo de impacto, como caminar a paso rápido, subir escaleras o dar pequeños saltos si te conviene, para cargar los huesos; trabajo de equilibrio para prevenir caídas; y ejercicios que fortalezcan los músculos de la espalda para sostener la postura.',
      },
      {
        items: [
          'Entrenamiento de fuerza dos o tres veces por semana, aumentando la carga poco a poco.',
          'Algo de impacto la mayoría de los días, al nivel que te convenga.',
          'Practicar el equilibrio, por ejemplo sostenerte sobre una pierna cerca de un apoyo.',
          'Ejercicios que fortalezcan los extensores de la espalda, los músculos a lo largo de la columna.',
          'Con osteoporosis, evita doblar mucho la columna hacia delante con carga, como en los abdominales o al tocarte los pies; dóblate desde las caderas.',
        ],
      },
      {
        text: 'Si vives con osteoporosis o has tenido una fractura por una caída leve, la app puede cambiar ejercicios por versiones seguras para los huesos. Perder altura o que la parte alta de la espalda se vuelva más redondeada puede ser señal de una fractura en la columna, y merece una visita a tu médico o médica de cabecera.',
      },
      { text: 'Prueba una sesión de fuerza.' },
      { text: 'Lee sobre el estrógeno y el cuerpo.' },
    ],
  },
};
