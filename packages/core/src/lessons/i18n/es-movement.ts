import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the movement lessons (`lessons-movement.ts`): exercise, walking, strength, Pilates. */
export const esMovement: LessonCatalogue = {
  'exercise-helps': {
    title: 'Por qué el movimiento ayuda a una espalda dolorida',
    summary:
      'El ejercicio reduce el dolor y te ayuda a hacer más cuando el dolor de espalda dura mucho tiempo, y el mejor es el que vas a seguir haciendo.',
    gradeReason: 'Una gran revisión Cochrane de muchos ensayos y la guía NICE respaldan el ejercicio.',
    body: [
      {
        text: 'Cuando te duele la espalda, moverte puede parecer lo contrario de lo que deberías hacer. Sin embargo, el ejercicio es uno de los tratamientos con más respaldo para el dolor de espalda que dura más de unos meses. Una gran revisión que reunió bastante más de doscientos ensayos encontró que el ejercicio reducía el dolor y ayudaba a las personas a hacer más en su vida diaria, en comparación con ningún tratamiento o la atención habitual. La guía clínica británica también recomienda el ejercicio para el dolor lumbar.',
      },
      {
        text: '¿Qué ejercicio es el mejor? Los ensayos con caminar, ejercicios de fuerza, pilates, yoga, estiramientos y programas mixtos muestran beneficios, y las diferencias entre ellos son pequeñas. Lo que más importa es que lo hagas con regularidad, así que el mejor ejercicio es el que disfrutas, cabe en tu semana y puedes mantener.',
      },
      {
        text: '¿Cómo ayuda? El ejercicio fortalece los músculos y hace que las articulaciones estén menos rígidas, pero eso es solo una parte. También calma un sistema nervioso demasiado protector, mejora el ánimo y el sueño, y te da confianza en que puedes fiarte de tu espalda. Esos cambios importan tanto como los músculos.',
      },
      {
        items: [
          'Empieza con menos de lo que crees que necesitas y ve aumentando semana a semana.',
          'Combina: algo para la fuerza, algo para la resistencia, algo para la flexibilidad.',
          'Busca sesiones regulares en lugar de grandes sesiones de vez en cuando.',
          'Cuenta con altibajos: una crisis de dolor no es señal de daño.',
        ],
      },
      {
        text: 'Sentir algo de molestia al hacer ejercicio es normal y suele ser seguro. La lección sobre el dolor durante el ejercicio explica cuánto es aceptable y cuándo conviene bajar el ritmo.',
      },
      {
        text: 'Los efectos en los ensayos son reales pero moderados: el ejercicio rara vez hace desaparecer el dolor, pero a menudo lo reduce y lo hace más llevadero. Eso vale la pena.',
      },
      { text: 'Prueba ahora una rutina corta de movilidad.' },
      { text: 'Lee cuánto dolor durante el ejercicio es aceptable.' },
    ],
  },
  walking: {
    title: 'Caminar: sencillo, gratis y respaldado por un ensayo',
    summary:
      'Un programa de caminatas que se fue ampliando durante meses, con algo de acompañamiento, ayudó a las personas a pasar más tiempo sin dolor de espalda.',
    gradeReason: 'Un ensayo aleatorizado grande y bien hecho (WalkBack); más ensayos lo harían más sólido.',
    body: [
      {
        text: 'Caminar no requiere equipo, ni clases, ni ninguna habilidad especial. Para el dolor de espalda, ahora también cuenta con buenas pruebas de un ensayo. En el ensayo WalkBack, en Australia, unas setecientas personas adultas que acababan de recuperarse de un episodio de dolor lumbar se dividieron en dos grupos. Un grupo siguió un programa de caminatas que aumentaba poco a poco durante seis meses, con algunas sesiones de orientación con un o una fisioterapeuta. El otro grupo no tuvo ningún programa.',
      },
      {
        text: 'El grupo que caminaba pasó, de media, aproximadamente el doble de tiempo hasta su siguiente episodio de dolor de espalda que limitara sus actividades diarias. También necesitó atención por un nuevo episodio con menos frecuencia. La mayoría de las personas del ensayo eran mujeres, con una edad media de unos cincuenta y cinco años.',
      },
      {
        text: 'El programa no pedía caminatas largas al principio. Las personas empezaban a un nivel que les resultaba cómodo y añadían un poco cada vez, con el objetivo de llegar al final a una media hora la mayoría de los días. Ir despacio formaba parte del plan.',
      },
      {
        items: [
          'Empieza con una caminata que te resulte fácil, aunque sean solo diez minutos.',
          'Añade unos minutos cada semana, no cada día.',
          'Camina a un ritmo que te permita seguir hablando.',
          'Si una caminata te agrava el dolor de espalda, vuelve a la última cantidad que te sentó bien.',
          'Un calzado cómodo ayuda; al principio, un recorrido llano es más amable.',
        ],
      },
      {
        text: 'Es un solo ensayo, aunque grande y cuidadoso, por eso el grado es B. Caminar también es bueno para el corazón, el ánimo, el sueño y los huesos, así que hay poco que perder al probarlo.',
      },
      { text: 'Prueba una pausa en el trabajo que te ponga de pie.' },
    ],
  },
  'strength-and-glutes': {
    title: 'Fuerza, glúteos y tu espalda',
    summary:
      'El entrenamiento de fuerza ayuda con el dolor de espalda y protege músculos y huesos en la mediana edad, y trabajar los glúteos y la cadera es una parte sensata de él.',
    gradeReason:
      'Los ensayos respaldan los ejercicios de fuerza y control; las pruebas sobre los glúteos en concreto son más modestas.',
    body: [
      {
        text: 'Entrenar la fuerza significa hacer trabajar los músculos contra una carga: tu propio peso, una banda elástica o pesas. Las revisiones de ensayos concluyen que los ejercicios de fuerza y control reducen el dolor y mejoran la función en el dolor lumbar de larga duración, más o menos igual que otros tipos de ejercicio.',
      },
      {
        text: 'En la mediana edad hay una segunda razón para hacerlo. La masa y la fuerza muscular disminuyen con la edad y después de la menopausia, y la pérdida de hueso se acelera. Músculos y huesos responden a la carga a cualquier edad. El consenso británico sobre ejercicio y salud ósea recomienda el entrenamiento de fuerza como parte central para mantener los huesos fuertes.',
      },
      {
        text: '¿Por qué los glúteos? Los músculos de las nalgas extienden y estabilizan la cadera. Quitan carga a la zona lumbar cuando te levantas, subes escaleras, levantas peso o caminas. Muchas personas que pasan mucho tiempo sentadas los tienen débiles. Fortalecerlos es un objetivo razonable y forma parte de la mayoría de los programas para la espalda, pero hay pocos ensayos que prueben el trabajo de glúteos por sí solo, así que mantenemos expectativas modestas.',
      },
      {
        items: [
          'Dos o tres sesiones a la semana, con un día de descanso entre ellas, es un buen ritmo.',
          'Elige una carga que puedas mover con buena técnica en una serie de unas diez a doce repeticiones.',
          'Añade un poco de carga o unas repeticiones más cuando empiece a resultarte fácil.',
          'Levantarte de la silla, el puente, el remo y las elevaciones de talones cubren mucho terreno.',
          'Al principio es normal tener algo de dolor muscular uno o dos días después.',
        ],
      },
      {
        text: 'Si vives con osteoporosis o has tenido una fractura por una caída leve, las rutinas de fuerza de la aplicación pueden cambiar a versiones seguras para los huesos. Un o una fisioterapeuta puede ayudarte a aumentar la carga con seguridad.',
      },
      { text: 'Prueba Fuerza A.' },
      { text: 'Y después su pareja, Fuerza B.' },
    ],
  },
  pilates: {
    title: 'Pilates para el dolor de espalda',
    summary:
      'El pilates da mejoras pequeñas a moderadas en el dolor y la función en comparación con hacer poco, y funciona más o menos igual que otros ejercicios.',
    gradeReason:
      'Una revisión Cochrane de diez ensayos con pocos participantes y, en su mayoría, un seguimiento corto.',
    body: [
      {
        text: 'El pilates es una forma de ejercicio basada en movimientos lentos y controlados, una respiración cuidadosa y atención a los músculos profundos del tronco y la cadera. Muchos fisioterapeutas usan ejercicios de estilo pilates para el dolor de espalda, y hay clases en muchos sitios.',
      },
      {
        text: 'Una revisión Cochrane reunió diez ensayos de pilates para el dolor lumbar. En comparación con un tratamiento mínimo, como un folleto, el pilates redujo el dolor y mejoró la función diaria en una medida pequeña a moderada a corto plazo. En comparación con otros tipos de ejercicio, funcionó más o menos igual, no mejor. Los ensayos eran pequeños y la mayoría siguió a las personas solo unos meses, por eso las pruebas tienen un grado B.',
      },
      {
        text: 'Así que el pilates es una buena opción si lo disfrutas y te sienta bien. No es una cura especial, y no tienes por qué sentir que te pierdes algo si prefieres caminar, nadar o ir al gimnasio. El beneficio parece venir del ejercicio regular y progresivo, más que de algo exclusivo de este método.',
      },
      {
        items: [
          'Busca un profesor o una profesora que te pregunte por tu espalda y adapte los ejercicios.',
          'Muévete despacio y respira de forma regular; no hace falta contener la respiración.',
          'Deja fuera los ejercicios que redondean la espalda hacia delante con carga si necesitas proteger tus huesos.',
          'Dos sesiones a la semana es un punto de partida habitual.',
        ],
      },
      {
        text: 'La rutina de estilo pilates de la aplicación se hace casi toda acostada y dura unos quince minutos.',
      },
      { text: 'Prueba la rutina de core de estilo pilates.' },
    ],
  },
};
