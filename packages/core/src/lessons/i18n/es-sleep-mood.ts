import type { LessonCatalogue } from './texts.js';

/** Spanish texts of `lessons-sleep-mood.ts`: the sleep–pain loop, night pain, stress and mood, tension. */
export const esSleepMood: LessonCatalogue = {
  'sleep-pain-loop': {
    title: 'El círculo entre el sueño, el estrés y el dolor',
    summary:
      'Dormir mal predice un día siguiente más doloroso con más fuerza que el dolor predice una mala noche, así que cuidar el sueño es una de las palancas a tu alcance.',
    gradeReason:
      'Una revisión de estudios a largo plazo y día a día; la mayoría son observacionales, con algunos experimentos.',
    body: [
      {
        text: 'El dolor hace más difícil dormir, y dormir mal hace que el dolor se sienta peor. Mucha gente conoce este círculo por experiencia. La investigación añade un matiz: cuando los estudios siguen a las personas noche a noche, una mala noche suele predecir un día siguiente más doloroso con más fuerza que un día doloroso predice una mala noche. La relación va en los dos sentidos, pero el sueño parece ser el empujón más fuerte.',
      },
      {
        text: 'En experimentos, perder sueño hace a las personas más sensibles al dolor y parece debilitar las formas que tiene el propio cuerpo de bajar el volumen del dolor. Eso puede ser parte de por qué todo duele más después de una noche entrecortada.',
      },
      {
        text: 'El estrés se suma al círculo. Las hormonas del estrés, como el cortisol, forman parte del sistema de alarma del cuerpo; ayudan en una crisis, pero cuando el estrés se prolonga durante semanas, el sueño se resiente y los músculos siguen tensos. Cómo influyen exactamente las hormonas del estrés a largo plazo en el dolor todavía se está estudiando, así que no afirmamos nada sobre el cortisol en sí. Lo que está claro es que el estrés, el sueño y el dolor suelen subir y bajar juntos.',
      },
      {
        text: 'En la transición a la menopausia, los sudores nocturnos y los sofocos añaden otro motivo para despertarse. Registrar los sudores nocturnos junto al sueño y el dolor puede mostrar si forman parte de tu patrón.',
      },
      {
        items: [
          'Mantén horarios regulares para acostarte y levantarte, incluso después de una mala noche.',
          'Relájate en la última hora: luz tenue, pantallas fuera, algo tranquilo.',
          'Mantén el dormitorio fresco, lo que también ayuda con los sudores nocturnos.',
          'Si pasas mucho rato despierta en la cama, levántate y haz algo tranquilo hasta que te entre el sueño.',
          'Habla con tu médico o médica de cabecera si duermes mal durante semanas: hay tratamientos eficaces sin fármacos para el insomnio.',
        ],
      },
      { text: 'Repasa la lista para preparar tu descanso.' },
      { text: 'Prueba la rutina para relajarte por la noche.' },
    ],
  },
  'mattress-and-night-pain': {
    title: 'Colchones, almohadas y dolor nocturno',
    summary:
      'En un ensayo, un colchón de firmeza media funcionó mejor que uno firme para el dolor de espalda de larga duración, en contra del consejo popular de dormir sobre algo duro.',
    gradeReason:
      'Un buen ensayo aleatorizado (Kovacs, 2003) sobre la firmeza del colchón; los consejos sobre almohadas son opinión de expertos.',
    body: [
      {
        text: 'Durante años se dijo a las personas con dolor de espalda que durmieran en un colchón firme, incluso duro. Un ensayo en España lo puso a prueba. Unas trescientas personas adultas con dolor lumbar de larga duración que les molestaba en la cama o al levantarse recibieron un colchón nuevo: firme o de firmeza media. Ni ellas ni el equipo investigador sabían cuál tenían.',
      },
      {
        text: 'A los tres meses, las personas con el colchón de firmeza media tenían más probabilidades de referir menos dolor estando acostadas y menos discapacidad que las del colchón firme; para el dolor al levantarse, el resultado apuntaba en la misma dirección, pero era menos seguro. Así que el consejo popular no se confirmó: la firmeza media funcionó mejor que la firme.',
      },
      {
        text: 'Fue un solo ensayo, con un solo tipo de colchón, así que no te dice qué modelo exacto comprar. La comodidad importa, y un colchón que se hunde en el centro tampoco es bueno. Si de todas formas vas a cambiar de colchón, la firmeza media es un punto de partida sensato.',
      },
      {
        items: [
          'De lado: una almohada entre las rodillas mantiene la pelvis nivelada.',
          'Boca arriba: una almohada bajo las rodillas puede aliviar la zona lumbar.',
          'Elige una altura de almohada que mantenga la cabeza alineada con la columna.',
          'Para levantarte, gírate de lado y empújate hacia arriba con los brazos.',
        ],
      },
      {
        text: 'Estos consejos sobre almohadas son medidas de comodidad basadas en la experiencia, no en ensayos; quédate con los que te ayuden. Un dolor constante, que no se alivia en ninguna postura y empeora por la noche, es distinto de la rigidez normal: es una de las señales de alarma que conviene que te revisen.',
      },
      { text: 'Repasa la lista para preparar tu descanso.' },
      { text: 'Revisa las señales de alarma.' },
    ],
  },
  'stress-mood-and-pain': {
    title: 'Estrés, estado de ánimo, ansiedad y dolor de espalda',
    summary:
      'El estrés, la preocupación y el ánimo bajo pueden subir el volumen del dolor, y aprender habilidades para manejarlos mejoró el dolor de espalda en ensayos.',
    gradeReason:
      'Un buen ensayo aleatorizado (Cherkin, 2016) y la guía NICE respaldan los enfoques psicológicos junto con el ejercicio.',
    body: [
      {
        text: 'El dolor lo produce el sistema nervioso, y el sistema nervioso escucha todo: tu cuerpo, tu entorno, tus pensamientos y tu estado de ánimo. Cuando estás estresada, ansiosa o decaída, el sistema está en alerta y el dolor puede sentirse más fuerte. Esto no significa que el dolor sea imaginario. Significa que el ánimo y el estrés son partes reales de cuánto duele una espalda.',
      },
      {
        text: 'También funciona al revés: vivir con dolor es estresante y puede desgastar el ánimo. La mediana edad suele sumar otras cargas, como cuidar de otras personas, la presión en el trabajo y los cambios de la transición a la menopausia.',
      },
      {
        text: 'La parte esperanzadora es que las habilidades para manejar el estrés y la preocupación también ayudan con el dolor. En un ensayo con personas adultas con dolor lumbar de larga duración, tanto un curso de ocho semanas de reducción del estrés basada en mindfulness como un curso de terapia cognitivo-conductual (TCC) lograron que más personas se sintieran claramente mejor en la función de su espalda que con la atención habitual. La guía clínica británica recomienda enfoques psicológicos como la TCC como parte de un plan de tratamiento que incluya ejercicio.',
      },
      {
        items: [
          'Fíjate en la relación: registra el estrés y el ánimo junto al dolor durante unas semanas.',
          'Las pausas cortas y regulares para respirar o moverte ayudan más que un descanso largo.',
          'Dosifica tu día: reparte las tareas exigentes en lugar de forzarte a seguir.',
          'Mantén el contacto con otras personas; el aislamiento hace más difíciles el dolor y el ánimo bajo.',
          'Si el ánimo bajo o la ansiedad duran semanas, habla con tu médico o médica de cabecera: la ayuda funciona.',
        ],
      },
      {
        text: 'Si en algún momento te sientes sin esperanza o tienes pensamientos de hacerte daño, contacta hoy mismo con tu médico o médica de cabecera, con una línea de atención urgente de salud mental o con el número de emergencias de tu zona.',
      },
      { text: 'Lee sobre la tensión muscular y el mindfulness.' },
    ],
  },
  'tension-and-mindfulness': {
    title: 'Tensión muscular, respiración y mindfulness',
    summary:
      'Respirar despacio y el mindfulness pueden aliviar la tensión y ayudarte a relacionarte de otra manera con el dolor, y un curso de mindfulness mejoró la función de la espalda en un ensayo.',
    gradeReason:
      'Un buen ensayo aleatorizado de un curso de mindfulness; las pruebas sobre ejercicios cortos de respiración por sí solos son más débiles.',
    body: [
      {
        text: 'Cuando estás estresada o con dolor, los músculos a menudo se tensan sin que te des cuenta: los hombros suben, la mandíbula se aprieta, la respiración se vuelve superficial. Mantenida durante horas, esa tensión puede añadir su propio dolor, sobre todo en el cuello, los hombros y la parte alta de la espalda.',
      },
      {
        text: 'Mindfulness (atención plena) significa prestar atención a lo que está pasando ahora mismo, incluidas las sensaciones del cuerpo, sin juzgarlas ni luchar contra ellas. En un ensayo con personas adultas con dolor lumbar de larga duración, un curso de mindfulness de ocho semanas, que también incluía yoga suave, ayudó a más personas a lograr una mejora notable en la función de su espalda que la atención habitual. Mucha gente dice que el mindfulness cambia cuánto le molesta el dolor, aunque el dolor siga ahí.',
      },
      {
        text: 'Respirar despacio es un punto de partida sencillo. Soltar el aire lentamente suele calmar la respuesta de alarma del cuerpo. Tiene poco riesgo y a mucha gente le ayuda a serenarse, aunque las pruebas de que los ejercicios cortos de respiración reduzcan por sí solos el dolor de espalda son débiles.',
      },
      {
        items: [
          'Revisa unas cuantas veces al día: hombros, mandíbula, manos, respiración.',
          'Durante uno o dos minutos, haz que cada espiración dure un poco más que la inspiración.',
          'Deja que los músculos tensos se aflojen con cada espiración.',
          'Cuando el dolor sea fuerte, fíjate en dónde está y en cómo se siente, no solo en lo intenso que es.',
          'Un curso o una aplicación pueden guiarte; practicar poco y a menudo es mejor que sesiones largas de vez en cuando.',
        ],
      },
      { text: 'Prueba la rutina para relajarte por la noche con respiración lenta.' },
      { text: 'Suelta el cuello y los hombros en tu mesa de trabajo.' },
    ],
  },
};
