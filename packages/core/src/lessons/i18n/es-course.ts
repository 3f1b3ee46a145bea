import type { LessonCatalogue } from './texts.js';

/** Spanish texts of the lessons in `lessons-course.ts`, by lesson id. */
export const esCourse: LessonCatalogue = {
  'back-pain-usually-eases': {
    title: 'Cómo suele evolucionar el dolor de espalda',
    summary:
      'La mayoría de los episodios nuevos de dolor de espalda mejoran mucho en unas seis semanas, y mantenerse activa con suavidad ayuda más que el reposo en cama.',
    gradeReason: 'Resultados coherentes de grandes estudios y la recomendación de la guía NICE.',
    body: [
      {
        text: 'El dolor de espalda puede asustar, sobre todo cuando aparece de repente y con fuerza. Ayuda saber cómo suele comportarse. En la mayoría de las personas, un episodio nuevo de dolor lumbar mejora mucho en pocas semanas, y la mayoría están mucho mejor hacia las seis semanas. El dolor puede ser intenso aunque no esté pasando nada grave: cuánto duele no mide cuánto daño hay.',
      },
      {
        text: 'En la mayoría de los casos no se encuentra una causa única. Los médicos lo llaman dolor lumbar inespecífico. No es señal de que tu columna sea frágil. Los músculos, las articulaciones, los nervios, el sueño, el estrés y el estado de ánimo influyen en cuánto duele una espalda y durante cuánto tiempo.',
      },
      {
        text: 'Antes, el consejo habitual era el reposo en cama. Desde entonces, los estudios han mostrado que quienes se mantienen tan activos como pueden se recuperan igual o mejor que quienes reposan. El movimiento suave evita que la espalda se ponga rígida y le recuerda al cuerpo que moverse es seguro. No tienes que esperar a que se vaya el dolor para empezar.',
      },
      {
        items: [
          'Sigue haciendo todo lo que puedas de tu día normal, en partes más pequeñas si hace falta.',
          'Cambia de postura a menudo y da paseos cortos.',
          'El calor, como un baño caliente o una bolsa de calor, ayuda a algunas personas a sentirse más sueltas.',
          'Dosifica tus fuerzas: un poco más cada día en lugar de todo en un día bueno.',
        ],
      },
      {
        text: 'El dolor de espalda suele volver de vez en cuando. Es habitual y no significa que se haya pasado algo por alto. La actividad regular, el trabajo de fuerza y la costumbre de caminar pueden hacer que el próximo episodio sea menos probable o menos intenso.',
      },
      {
        text: 'Consulta a tu médico o médica de cabecera o a un o una fisioterapeuta si no mejoras claramente tras cuatro a seis semanas, o antes si aparece algo nuevo. Algunas señales de alarma necesitan atención urgente o de emergencia; la lección de señales de alarma las recoge todas.',
      },
      { text: 'Prueba cinco minutos de movilidad suave por la mañana.' },
      { text: 'Lee las señales de alarma y adónde acudir.' },
    ],
  },
  'scans-and-imaging': {
    title: 'Cuándo ayuda una prueba de imagen y cuándo no',
    summary:
      'En la mayoría del dolor de espalda sin señales de alarma, una prueba de imagen no cambia el tratamiento, y a menudo muestra cambios normales para tu edad.',
    gradeReason:
      'La guía NICE desaconseja las pruebas de imagen rutinarias para el dolor lumbar sin señales de alarma.',
    body: [
      {
        text: 'Muchas personas con dolor de espalda quieren una radiografía o una resonancia para ver qué pasa. Parece lo más prudente. Sin embargo, en la mayoría del dolor de espalda una prueba de imagen no ayuda, y la guía del Reino Unido indica no ofrecerla de forma rutinaria.',
      },
      {
        text: '¿Por qué no? Las imágenes de personas sin ningún dolor de espalda muestran a menudo discos desgastados, discos abombados y pequeños cambios en las articulaciones. Estos cambios son más frecuentes con cada década de vida, como las canas o las arrugas. Así que, cuando aparecen en la imagen de una espalda que duele, no se puede saber si causan el dolor o si estaban ahí desde siempre.',
      },
      {
        text: 'Una prueba de imagen también puede hacer daño. Palabras de un informe como «degeneración» suenan alarmantes, y quienes las leen pueden preocuparse más y moverse menos, lo que suele retrasar la recuperación. Las radiografías y los TAC, además, suponen radiación.',
      },
      {
        text: '¿Cuándo ayuda una prueba de imagen? Cuando un profesional sanitario sospecha algo concreto que la imagen puede mostrar y que cambiaría lo que va a hacer: por ejemplo, tras una caída grave, con algunas señales de alarma o cuando se valora una operación o una infiltración por un dolor de pierna que no se ha calmado. Lo decide un profesional sanitario después de hablar contigo y explorarte.',
      },
      {
        items: [
          'Para el dolor de espalda sin señales de alarma no suele hacer falta una prueba de imagen.',
          'Los cambios en una imagen son frecuentes sin dolor y a menudo no son la causa.',
          'Las señales de alarma necesitan atención rápida, y un profesional sanitario decidirá si hace falta una prueba.',
        ],
      },
      {
        text: 'Si ya te hicieron una prueba y el informe te preocupa, pide a tu médico o médica de cabecera o a tu fisioterapeuta que te explique qué significan esas palabras para ti. A menudo describen cambios normales de la edad.',
      },
      { text: 'Lee cómo suele evolucionar el dolor de espalda.' },
      { text: 'Revisa las señales de alarma.' },
    ],
  },
  'reading-your-insights': {
    title: 'Cómo leer tus propios patrones',
    summary:
      'Un patrón en tu propio diario puede señalar algo que vale la pena probar, pero una relación entre dos cosas no demuestra que una cause la otra.',
    gradeReason:
      'Los patrones en el diario de una sola persona son observacionales: pueden sugerir, no demostrar.',
    body: [
      {
        text: 'La sección de análisis busca patrones en lo que registras: por ejemplo, si tu dolor tiende a ser mayor tras una noche corta, en días de mucho trabajo o en ciertos momentos de tu ciclo. Estos patrones pueden ser útiles. También es fácil leer en ellos más de lo que dicen, así que aquí tienes cómo mirarlos.',
      },
      {
        text: 'Una relación no es una causa. Si tu dolor es mayor tras noches cortas, puede que dormir mal empeore el dolor. Pero el dolor también puede no dejarte dormir, o una semana estresante puede causar ambas cosas. Tu diario muestra que dos cosas cambian juntas; no puede mostrar cuál impulsa a la otra, ni si una tercera impulsa a las dos.',
      },
      {
        text: 'Con pocos datos, los números bailan. Con solo un par de semanas de registros, un patrón puede aparecer por azar y desaparecer al mes siguiente. Por eso cada patrón muestra en cuántos días se basa y un intervalo, y por eso la app dice «todavía no hay suficientes datos» cuando hay demasiado poco para sacar conclusiones.',
      },
      {
        items: [
          'Mira en cuántos días se basa un patrón antes de fiarte de él.',
          'Un intervalo amplio significa que la app no está segura; uno estrecho, que lo está más.',
          'Pregúntate qué más cambió al mismo tiempo.',
          'Trata un patrón como una idea que probar, no como un veredicto.',
        ],
      },
      {
        text: 'La mejor forma de aprender de un patrón es ponerlo a prueba. Si las noches cortas parecen ir con más dolor, intenta cuidar tu sueño durante dos semanas y mira si cambia tu registro de dolor. Cambia una sola cosa cada vez, para saber qué marcó la diferencia.',
      },
      {
        text: 'También merece la pena compartir tus patrones con tu médico o médica de cabecera o con tu fisioterapeuta. No son un diagnóstico, pero dan una imagen más clara que la memoria sola.',
      },
      { text: 'Lee sobre el círculo entre el sueño y el dolor.' },
    ],
  },
};
