import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-menopause.ts`, by lesson id. */
export const esMenopause: LessonCatalogue = {
  'menopause-transition': {
    title: 'La transición a la menopausia y tu espalda',
    summary:
      'Los dolores musculares y articulares están entre los cambios más frecuentes de la transición a la menopausia, y no eres ni mucho menos la única que los tiene.',
    gradeReason:
      'Grandes estudios muestran lo frecuentes que son estos dolores; todavía se está investigando por qué aparecen.',
    body: [
      {
        text: 'La transición a la menopausia es el periodo de años, a menudo en torno a los cuarenta, en el que la regla se vuelve irregular y luego desaparece. Los médicos llaman perimenopausia a los años anteriores a la última regla. Todo el cambio puede durar varios años y es distinto en cada mujer.',
      },
      {
        text: 'Casi todo el mundo conoce los sofocos y los sudores nocturnos. Menos gente sabe que el dolor articular, la rigidez muscular y el dolor de espalda también están entre los cambios que más se describen en estos años. Los estudios que siguieron a mujeres durante la transición encontraron que muchas notaban dolores nuevos o más intensos, y a algunas esos dolores les complicaban la vida diaria.',
      },
      {
        text: '¿Por qué ocurre? El estrógeno, una de las hormonas que bajan y oscilan durante la transición, actúa sobre los huesos, los músculos, los tendones y las articulaciones. Los investigadores creen que sus subidas y bajadas, y su nivel más bajo tras la última regla, influyen. La edad, el sueño, el estrés, la actividad y el peso cambian a la vez, así que es difícil decir cuánto aporta cada cosa. Una revisión de 2024 propuso un nombre para este conjunto de cambios, pero los detalles de causa y efecto aún se están estudiando.',
      },
      {
        text: '¿Qué significa esto para ti? Primero, el dolor de espalda en la mediana edad es frecuente y normalmente no es señal de nada grave. Segundo, lo que ayuda con el dolor de espalda en general también ayuda aquí: mantenerte activa, ganar fuerza, cuidar el sueño y el estrés. Tercero, puede ayudarte registrar tu ciclo y tus síntomas junto a tu dolor, para que tú y tu médico o médica puedan ver si van a la par.',
      },
      {
        items: [
          'Sigue moviéndote: una actividad suave la mayoría de los días es mejor que el reposo.',
          'Trabaja la fuerza dos o tres veces por semana: tanto el músculo como el hueso responden.',
          'Protege tu sueño: las malas noches hacen que el dolor se note más al día siguiente.',
          'Apunta lo que notes: dolor, reglas, sofocos y sueño, uno al lado del otro.',
        ],
      },
      {
        text: 'Las pruebas de que estos dolores son frecuentes son bastante sólidas. Las pruebas de por qué ocurren exactamente son más débiles, y por eso esta lección tiene grado C.',
      },
      { text: 'Empieza el día con cinco minutos de movilidad suave.' },
      { text: 'Lee sobre el estrógeno, los huesos, los músculos y los discos.' },
    ],
  },
  'estrogen-and-tissues': {
    title: 'Estrógeno, huesos, músculos, articulaciones y discos',
    summary:
      'Tener menos estrógeno se asocia con una pérdida de hueso más rápida y con cambios en los músculos, y quizá en las articulaciones y los discos, pero muchos detalles aún son inciertos.',
    gradeReason:
      'La pérdida de hueso durante la transición está bien medida; los vínculos con músculos, articulaciones y discos proceden de estudios más pequeños u observacionales.',
    body: [
      {
        text: 'El estrógeno es conocido sobre todo como hormona reproductiva, pero también ayuda a mantener en buen estado los huesos, los músculos y otros tejidos. Cuando su nivel baja en torno a la última regla, varios tejidos cambian. Esto es lo que se sabe, de las pruebas más firmes a las más débiles.',
      },
      {
        text: 'Huesos: es el vínculo más claro. Un gran estudio estadounidense que siguió a mujeres durante la transición (SWAN) midió la densidad ósea año tras año. La pérdida de hueso se aceleró desde aproximadamente un año antes de la última regla hasta unos dos años después, y luego volvió a frenarse. En esos años, la columna perdió una parte apreciable de su densidad. Es una de las razones por las que la salud ósea importa tanto en la mediana edad.',
      },
      {
        text: 'Músculos: la masa y la fuerza musculares disminuyen poco a poco con la edad en todas las personas. Tener menos estrógeno parece sumarse a esto en las mujeres, y los estudios sugieren que el músculo se recupera peor tras un esfuerzo intenso. La buena noticia es que el músculo responde al entrenamiento de fuerza a cualquier edad.',
      },
      {
        text: 'Articulaciones y tendones: el dolor articular es frecuente en la transición. El estrógeno actúa sobre el cartílago y los tejidos que rodean las articulaciones, pero aún no está claro cuánto de ese dolor se debe al cambio hormonal y cuánto a la edad o a otros cambios.',
      },
      {
        text: 'Discos: los discos entre las vértebras cambian con la edad en todas las personas. Algunos estudios sugieren que cambian más deprisa después de la menopausia, pero las pruebas son limitadas y proceden sobre todo de estudios pequeños u observacionales. Los cambios en los discos en una prueba de imagen también son frecuentes en personas sin ningún dolor, así que un cambio en la imagen no explica el dolor por sí solo.',
      },
      {
        items: [
          'Pruebas más sólidas: la pérdida de hueso se acelera en torno a la última regla.',
          'Pruebas moderadas: la masa y la fuerza musculares bajan con la edad y con menos estrógeno.',
          'Pruebas más débiles: los vínculos entre la transición y el dolor articular y los cambios en los discos.',
        ],
      },
      {
        text: '¿Qué puedes hacer con esto? El ejercicio de fuerza y de impacto ayuda tanto al músculo como al hueso, y es seguro para la mayoría de las mujeres si se aumenta poco a poco. Si te preocupan tus huesos, tu médico o médica de cabecera puede valorar tu riesgo. Si un tratamiento hormonal es adecuado para ti es una pregunta para un profesional sanitario, y también hay una lección sobre eso.',
      },
      { text: 'Prueba una sesión de fuerza para piernas, glúteos y espalda.' },
      { text: 'Lee lo que se sabe sobre la terapia hormonal sustitutiva.' },
    ],
  },
  'hrt-to-discuss': {
    title: 'Terapia hormonal: algo para hablar con un profesional sanitario',
    summary:
      'La terapia hormonal sustitutiva alivia los sofocos y protege los huesos, pero no se sabe si ayuda con el dolor de espalda, así que es una decisión tuya y de tu profesional sanitario.',
    gradeReason:
      'Las guías respaldan la terapia hormonal para los sofocos y los huesos (A), pero hay pocas pruebas sobre el propio dolor de espalda (D).',
    body: [
      {
        text: 'La terapia hormonal sustitutiva (THS) repone parte de las hormonas que bajan durante la transición a la menopausia, sobre todo el estrógeno. Existe en distintas formas, como comprimidos, parches y geles, y muchas mujeres tienen preguntas sobre ella. Esta lección cuenta lo que se sabe. No aconseja si tomarla o no: esa es una decisión tuya y de tu profesional sanitario.',
      },
      {
        text: 'En qué se sabe que ayuda la THS: la guía del Reino Unido sobre la menopausia dice que la THS es eficaz contra los sofocos y los sudores nocturnos. También protege frente a la pérdida de hueso y reduce la probabilidad de fracturas mientras se toma.',
      },
      {
        text: 'Lo que no se sabe: hay pocas pruebas buenas sobre si la THS reduce el propio dolor de espalda. Algunas mujeres cuentan que sus dolores mejoran con la THS, pero no se ha probado lo suficiente en ensayos para decir que funciona para el dolor de espalda. Por eso damos a esa parte un grado D.',
      },
      {
        text: 'Por qué es una conversación y no una regla: los beneficios y riesgos de la THS dependen de tu edad, de cuánto tiempo hace que dejaste de tener la regla, de tus antecedentes personales y familiares y del tipo de THS. Tu médico o médica de cabecera, tu ginecólogo o ginecóloga, una enfermera o un especialista en menopausia pueden repasarlos contigo. La decisión puede cambiar con el tiempo, y te corresponde a ti.',
      },
      {
        items: [
          'Apunta tus síntomas antes de la cita: sofocos, sueño, estado de ánimo, molestias y dolor.',
          'Lleva un resumen de tu registro de dolor y sueño si lo tienes.',
          'Pregunta cuáles serían los beneficios y los riesgos en tu caso concreto.',
          'Pregunta qué más podría ayudarte, con o sin THS.',
        ],
      },
      {
        text: 'Decidas lo que decidas sobre la THS, lo que ayuda con el dolor de espalda sigue valiendo: mantenerte activa, el trabajo de fuerza, dormir bien y las formas de aliviar el estrés.',
      },
      { text: 'Lee cómo se relaciona el estrógeno con los huesos, los músculos y las articulaciones.' },
    ],
  },
};
