import type { LessonCatalogue } from './texts.js';

/** Spanish texts of `lessons-therapies.ts`: massage and manual therapy, acupuncture, cupping and CBD. */
export const esTherapies: LessonCatalogue = {
  'massage-manual-therapy': {
    title: 'Masaje y terapia manual',
    summary:
      'El masaje y los tratamientos con las manos pueden ayudar a corto plazo, sobre todo como parte de un plan que incluya ejercicio.',
    gradeReason:
      'La guía NICE respalda la terapia manual solo junto con ejercicio; los efectos son modestos y a corto plazo.',
    body: [
      {
        text: 'La terapia manual es el tratamiento con las manos: masaje, movilización de las articulaciones de la columna o impulsos rápidos (manipulación), como los que aplican fisioterapeutas, osteópatas y quiroprácticos. A mucha gente estos tratamientos le resultan agradables, y pueden aliviar el dolor durante un tiempo.',
      },
      {
        text: 'La guía clínica británica dice que la terapia manual puede considerarse para el dolor lumbar, pero solo como parte de un conjunto de tratamiento que incluya ejercicio, con o sin apoyo psicológico. Por sí sola, sus efectos suelen ser pequeños y breves. Por eso el grado es B para su uso como parte de un conjunto, y las pruebas de la terapia manual sola son más débiles.',
      },
      {
        text: 'Piensa en el tratamiento con las manos como una forma de calmar las cosas lo suficiente para empezar a moverte, no como la solución principal. Un buen terapeuta también te dará ejercicios y consejos, y te ayudará a depender menos del tratamiento con el tiempo.',
      },
      {
        text: 'Un automasaje sencillo, por ejemplo apoyándote contra una pelota en la pared, o un masaje de tu pareja también pueden sentar bien. Si te ayuda a relajarte y a moverte más, no hace ningún daño.',
      },
      {
        items: [
          'Pregunta qué ejercicios deberías hacer entre sesiones.',
          'Acuerda con tu terapeuta cuántas sesiones probar y cómo vas a valorar si ayudan.',
          'Desconfía de los tratamientos largos reservados por adelantado o de quien diga que tu columna está fuera de su sitio.',
          'Registra los tratamientos en la aplicación para comparar tu dolor antes y después.',
        ],
      },
      {
        text: 'Los efectos secundarios graves son raros, pero es habitual tener algo de molestia durante uno o dos días después de la terapia manual. Antes del tratamiento, cuéntale al terapeuta si tienes osteoporosis o cualquier problema de huesos.',
      },
      { text: 'Combina el tratamiento con una rutina de movilidad.' },
    ],
  },
  acupuncture: {
    title: 'Acupuntura',
    summary:
      'Algunos ensayos muestran efectos pequeños y breves de la acupuntura en el dolor de espalda, pero la guía británica no la recomienda porque son pequeños y similares a un tratamiento simulado.',
    gradeReason:
      'Resultados de ensayos dispares con efectos pequeños; NICE no la recomienda para el dolor lumbar.',
    body: [
      {
        text: 'La acupuntura consiste en colocar agujas finas en la piel en puntos elegidos. Es popular para el dolor de espalda, y mucha gente dice que le ayuda.',
      },
      {
        text: 'En los ensayos, la acupuntura a menudo funciona mejor que no recibir tratamiento, pero gran parte de esa diferencia también aparece con la acupuntura simulada, en la que las agujas se colocan en puntos equivocados o no llegan a entrar. Esto indica que gran parte del beneficio viene de la atención recibida, del ritual y de la expectativa de alivio, más que de las propias agujas. Los efectos que quedan son pequeños y, en su mayoría, a corto plazo.',
      },
      {
        text: 'Eso no significa que la gente se imagine el alivio. El tiempo, la atención, la relajación y la esperanza cambian cuánto dolor sentimos, y son efectos reales. Puedes encontrar algunos de esos mismos beneficios en otros sitios, como en un o una fisioterapeuta que te apoye o en una rutina propia que te calme.',
      },
      {
        text: 'La guía clínica británica revisó estas pruebas y aconseja no ofrecer acupuntura para tratar el dolor lumbar. Otras guías, de otros países, son más abiertas a ella. Así que el resumen honesto es: puede que ayude un poco a algunas personas durante un tiempo, y las pruebas son dispares. Le damos un grado C.',
      },
      {
        items: [
          'Si eliges la acupuntura, acude a un profesional registrado que use agujas de un solo uso.',
          'Decide de antemano cuántas sesiones probar y cómo vas a valorar el resultado.',
          'Sigue con tu ejercicio a la vez.',
          'Regístrala como tratamiento para poder comparar tu dolor antes y después.',
        ],
      },
      {
        text: 'Los efectos secundarios suelen ser leves, como un moretón o molestias donde entraron las agujas.',
      },
      { text: 'Lee por qué el movimiento ayuda a una espalda dolorida.' },
    ],
  },
  'cupping-and-cbd': {
    title: 'Ventosas y CBD',
    summary:
      'Las ventosas y los productos con CBD se promocionan mucho para el dolor de espalda, pero las pruebas de ambos son débiles, y el CBD puede interactuar con medicamentos.',
    gradeReason:
      'Las ventosas se apoyan en ensayos pequeños y difíciles de enmascarar; NICE no encontró pruebas suficientes para recomendar el CBD en el dolor crónico.',
    body: [
      {
        text: 'La terapia con ventosas coloca copas sobre la piel y crea succión, lo que deja marcas redondas durante unos días. Se usa en varios sistemas de medicina tradicional y se ha hecho popular entre deportistas.',
      },
      {
        text: 'Hay ensayos de ventosas para el dolor lumbar, y una revisión de 2024 que reunió once de ellos informó de alivio del dolor a corto plazo. Pero los ensayos eran pequeños y cortos, y es muy difícil ofrecer una versión falsa convincente de las ventosas, así que las personas suelen saber qué tratamiento recibieron. Eso hace que los resultados sean poco fiables, y damos a las ventosas un grado D. Las marcas y una molestia leve son habituales; con las ventosas de fuego pueden producirse quemaduras.',
      },
      {
        text: 'El CBD (cannabidiol) es una sustancia de la planta del cannabis que no produce el «subidón» del cannabis. Se vende en aceites, cápsulas, gomitas y cremas, a menudo con promesas sobre el dolor. La guía británica sobre productos derivados del cannabis encontró muy pocas pruebas de calidad y aconseja no usar CBD para tratar el dolor crónico fuera de la investigación. Los productos comprados por internet o en tiendas varían en cuánto CBD contienen, y algunos contienen otras sustancias. El CBD también puede interactuar con medicamentos y afectar al hígado.',
      },
      {
        items: [
          'Si pruebas las ventosas, elige a un profesional formado y cuéntale cualquier problema de piel o de la sangre.',
          'Habla con tu farmacéutico o farmacéutica o con tu médico o médica de cabecera antes de probar el CBD, sobre todo si tomas otros medicamentos.',
          'Registra cualquier tratamiento que pruebes, para ver con honestidad si cambia tu dolor.',
          'Sigue con tu ejercicio: tiene pruebas mucho más sólidas.',
        ],
      },
      { text: 'Lee por qué el movimiento ayuda a una espalda dolorida.' },
    ],
  },
};
