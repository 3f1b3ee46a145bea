import type { LessonCatalogue } from './texts.js';

/** Spanish texts of `lessons-movement-more.ts`: yoga, swimming, stretching, pain during exercise. */
export const esMovementMore: LessonCatalogue = {
  yoga: {
    title: 'Yoga para el dolor de espalda',
    summary:
      'El yoga aporta mejoras pequeñas a moderadas en la función de la espalda en comparación con no hacer ejercicio, y más o menos lo mismo que otros ejercicios.',
    gradeReason: 'Una revisión Cochrane de 21 ensayos; la certeza va de baja a moderada.',
    body: [
      {
        text: 'El yoga combina posturas, respiración y atención concentrada. Sobre el dolor de espalda, una revisión Cochrane de 2022 reunió 21 ensayos con más de dos mil personas; la mayoría eran mujeres de cuarenta o cincuenta y tantos años. En comparación con no hacer ejercicio, el yoga llevó a pequeñas mejoras en la función relacionada con la espalda y en el dolor a lo largo de varios meses.',
      },
      {
        text: 'En comparación con otros ejercicios para la espalda, como los de fisioterapia, el yoga funcionó más o menos igual. Así que el yoga es una buena opción, no una mejor. Su mezcla de movimiento, respiración y atención tranquila puede irte especialmente bien si el estrés y la tensión forman parte de tu dolor.',
      },
      {
        text: 'Los efectos secundarios fueron sobre todo leves, como un aumento pasajero del dolor de espalda, y ocurrieron más o menos con la misma frecuencia que con otros ejercicios. Ir con suavidad y elegir una clase adecuada mantiene el riesgo bajo.',
      },
      {
        items: [
          'Elige una clase suave o para principiantes, o un profesor o una profesora con experiencia en dolor de espalda.',
          'Muévete dentro de lo cómodo: un estiramiento debe sentirse como un estiramiento, no como un dolor agudo.',
          'Evita las flexiones profundas hacia delante y las torsiones fuertes si necesitas proteger tus huesos; la aplicación puede cambiarlas.',
          'Usa bloques, cojines o una silla para que las posturas sean más fáciles.',
        ],
      },
      {
        text: 'No necesitas ser flexible para empezar. Muchas posturas se pueden hacer en una silla o contra una pared, y un buen profesor o una buena profesora te ofrecerá versiones más fáciles. Practicar en casa poco y a menudo, aunque sean diez minutos unas cuantas veces por semana, es una forma realista de mantenerlo entre clase y clase.',
      },
      {
        text: 'El grado de las pruebas es B porque los ensayos varían en calidad y en el estilo de yoga, y muchos son pequeños. Aun así, el panorama general es coherente: el yoga ayuda más o menos tanto como otros ejercicios.',
      },
      { text: 'Prueba la rutina de yoga suave.' },
    ],
  },
  swimming: {
    title: 'Natación y ejercicio en el agua',
    summary:
      'La natación y el ejercicio en el agua son una forma suave de mantenerte activa con dolor de espalda, aunque hay pocos ensayos sobre la natación por sí sola.',
    gradeReason:
      'El ejercicio en general tiene buen respaldo (A), pero hay pocos ensayos sobre la natación en sí para el dolor de espalda.',
    body: [
      {
        text: 'El agua sostiene gran parte de tu peso, así que moverte en una piscina puede resultar más fácil y menos doloroso que en tierra. El agua templada también puede ayudar a que los músculos se relajen. Para muchas personas con dolor de espalda, la piscina es el lugar donde el ejercicio empieza a parecer posible.',
      },
      {
        text: '¿Qué dicen las pruebas? El ejercicio en conjunto ayuda claramente con el dolor de espalda de larga duración, y el mejor tipo es el que mantienes. Hay algunos ensayos de ejercicio en el agua, pero muy pocos que estudien nadar largos por sí solo para el dolor de espalda. Así que no podemos decir que nadar sea mejor o peor que otros ejercicios; sí podemos decir que es una opción razonable si lo disfrutas.',
      },
      {
        text: 'Algo que conviene saber: como el agua soporta tu peso, nadar apenas carga los huesos. El consenso británico sobre ejercicio y salud ósea aconseja añadir, junto a la natación, ejercicios de fuerza y alguna actividad en la que sostengas tu peso, como caminar.',
      },
      {
        items: [
          'Prueba a caminar en la piscina o una clase de gimnasia acuática si las brazadas te duelen.',
          'El crol y la espalda mantienen la espalda alargada; varía los estilos.',
          'La braza (estilo pecho) con la cabeza muy alta arquea el cuello y la zona lumbar; una tabla o un tubo de buceo pueden ayudar.',
          'Las piscinas de agua templada suelen ser más suaves para las articulaciones rígidas.',
          'Combina las sesiones en la piscina con ejercicios de fuerza en tierra por tus huesos.',
        ],
      },
      {
        text: 'El grado para la natación en sí es D, porque apenas se ha estudiado por separado. Eso no significa que no ayude; significa que los ensayos no se han hecho.',
      },
      { text: 'Añade una sesión de fuerza fuera del agua.' },
    ],
  },
  stretching: {
    title: 'Estiramientos: útiles, pero no bastan por sí solos',
    summary:
      'Estirar puede aliviar la rigidez y sentar bien, pero por sí solo tiene menos pruebas para el dolor de espalda que el ejercicio de fuerza o mixto.',
    gradeReason:
      'Los estiramientos forman parte de muchos programas que funcionan, pero tienen pocas pruebas como tratamiento por sí solos.',
    body: [
      {
        text: 'Después de un largo día sentada, es habitual tener las caderas y los isquiotibiales tensos y la espalda rígida. A mucha gente le sienta bien estirar, y los estiramientos forman parte de la mayoría de los programas de ejercicio para la espalda. Estirar con suavidad también es una buena forma de empezar a moverte cuando el dolor hace difíciles los movimientos más amplios.',
      },
      {
        text: 'Las pruebas sobre los estiramientos por sí solos son más débiles que sobre otros ejercicios. Un análisis de 2020 que comparó muchos tipos de ejercicio no encontró un beneficio claro de estirar solamente frente a no hacer ejercicio, ni en el dolor ni en la función, mientras que el pilates, la fuerza y los ejercicios de control salieron mejor parados. Por eso esta lección tiene un grado D para los estiramientos por sí solos.',
      },
      {
        text: 'Así que piensa en los estiramientos como un ingrediente, no como el plato entero. Combínalos con algo que desarrolle fuerza y con algo que te mantenga en movimiento durante más tiempo, como caminar. Estira porque te ayuda a sentirte más suelta y a moverte con más facilidad, no porque vaya a arreglar tu espalda por sí solo.',
      },
      {
        items: [
          'Mantén un estiramiento suave unos veinte a treinta segundos, respirando despacio.',
          'Estira hasta notar una tensión leve, nunca hasta un dolor agudo.',
          'Las caderas, los isquiotibiales y la parte delantera del pecho son lo que más se acorta al estar sentada.',
          'No fuerces flexiones hacia delante ni torsiones hasta el final del recorrido si tus huesos necesitan protección.',
        ],
      },
      {
        text: 'Una pausa corta para estirar en tu mesa de trabajo o por la noche es una forma fácil de crear el hábito.',
      },
      { text: 'Prueba la rutina para relajarte por la noche.' },
      { text: 'O dos minutos para soltar la espalda en tu mesa de trabajo.' },
    ],
  },
  'pain-during-exercise': {
    title: 'Cuánto dolor durante el ejercicio es aceptable',
    summary:
      'Algo de dolor durante el ejercicio es aceptable si se mantiene moderado y se calma para el día siguiente, y eso es una señal para seguir, no para parar.',
    gradeReason:
      'El método de vigilar el dolor viene de ensayos sobre tendones; su uso para el dolor de espalda es consejo de expertos.',
    body: [
      {
        text: 'Muchas personas dejan de hacer ejercicio en cuanto algo les duele, por miedo a hacerse daño. Con el dolor de espalda común, algo de molestia durante el ejercicio es habitual y suele ser seguro. El dolor durante el ejercicio es más a menudo una señal de una espalda sensible que de una lesión.',
      },
      {
        text: 'Una forma sencilla de valorarlo es el método del semáforo. Viene de un ensayo con personas con dolor en el tendón de Aquiles, que siguieron haciendo deporte mientras su dolor se mantenía dentro de unos límites acordados y evolucionaron igual de bien que quienes lo dejaron. Hoy los fisioterapeutas usan la misma idea para el dolor de espalda, aunque ahí no se ha probado con tanto cuidado.',
      },
      {
        items: [
          'Verde: dolor de hasta unos 2 sobre 10 durante el ejercicio. Sigue.',
          'Ámbar: dolor de hasta unos 5 sobre 10 que vuelve a tu nivel habitual a la mañana siguiente. Aceptable; de momento mantén el mismo nivel.',
          'Rojo: dolor de más de 5 sobre 10, o dolor que al día siguiente sigue peor de lo habitual. La próxima vez baja el ritmo: menos repeticiones, menos carga o una versión más fácil.',
        ],
      },
      {
        text: 'La mañana siguiente es la mejor guía. Si tu espalda no está peor de lo habitual, lo que hiciste estuvo bien, aunque te doliera en el momento. Si está peor, reduce un poco y luego vuelve a aumentar más despacio. La aplicación usa la misma regla cuando te propone subir o bajar el nivel de una rutina.',
      },
      {
        text: 'Hay cosas que no son el dolor normal del ejercicio: un adormecimiento nuevo, debilidad en una pierna o dolor que baja por las dos piernas. Para y consulta la lección sobre señales de alarma si aparece alguna de ellas.',
      },
      { text: 'Lee las señales de alarma.' },
      { text: 'Lee por qué el movimiento ayuda a una espalda dolorida.' },
    ],
  },
};
