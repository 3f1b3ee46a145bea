import type { InstrumentTexts } from './en.js';

const counts = (max: number, unit: (n: number) => string) =>
  Array.from({ length: max + 1 }, (_, i) => ({ label: unit(i) }));
const recorded = {
  label: 'Registrado',
  text: 'Lo que más importa es cómo cambias tú a lo largo de los meses. Compara con tus resultados anteriores.',
};

/** The function tests in Spanish: our own words, so translated in full (sources stay as published). */
export const functionTestsEs: Record<
  'chair_stand' | 'single_leg_stance' | 'balance_4stage',
  InstrumentTexts
> = {
  chair_stand: {
    name: 'Prueba de levantarse de la silla en 30 segundos',
    recall: 'hoy',
    instructions: 'Cuenta las veces que te pusiste de pie del todo en 30 segundos.',
    items: [
      {
        text: '¿Cuántas veces te pusiste de pie del todo en 30 segundos?',
        options: counts(50, (n) => (n === 1 ? '1 vez' : `${n} veces`)),
      },
    ],
    bands: { recorded },
    test: {
      why: 'Levantarte de una silla una y otra vez muestra la fuerza de tus piernas y caderas, que te mantiene estable y protege tu espalda cuando levantas algo.',
      safety: [
        'Usa una silla firme sin reposabrazos, apoyada contra una pared para que no se deslice.',
        'Para de inmediato si te mareas, te falta el aire o la espalda o las rodillas te duelen más de lo normal.',
        'Si no estás segura de tu equilibrio, pide a alguien que se quede a tu lado.',
      ],
      steps: [
        'Siéntate en el centro de la silla, con los pies apoyados y separados al ancho de las caderas y los brazos cruzados sobre el pecho.',
        'Pulsa Iniciar. Ponte de pie del todo y vuelve a sentarte del todo. Repite tantas veces como puedas.',
        'Mantén los brazos cruzados. Si necesitas las manos para levantarte, para: no pasa nada, anota 0 y vuelve a intentarlo el mes que viene.',
        'Cuando termine el tiempo, cuenta cada vez que te pusiste de pie del todo. Si al final estabas a más de medio camino, cuenta como una.',
      ],
      evidence: [
        {
          text: 'El número mide de forma fiable la fuerza de las piernas si repites la prueba siempre igual.',
        },
        {
          text: 'A partir de los 60, un número por debajo del rango habitual para tu edad se asocia a más probabilidad de caídas.',
        },
      ],
    },
  },
  single_leg_stance: {
    name: 'Apoyo sobre una pierna',
    recall: 'hoy',
    instructions: 'Segundos que estuviste sobre cada pierna, con los ojos abiertos, hasta 30.',
    items: [
      { text: 'Segundos sobre la pierna izquierda', options: counts(30, (n) => `${n} s`) },
      { text: 'Segundos sobre la pierna derecha', options: counts(30, (n) => `${n} s`) },
    ],
    bands: {
      short: {
        label: 'Menos de 5 segundos',
        text: 'El apoyo sobre una pierna fue corto. Practicar el equilibrio a diario ayuda; coméntalo con tu médico o médica de cabecera o con fisioterapia.',
      },
      recorded,
    },
    test: {
      why: 'Mantenerte sobre una pierna muestra tu equilibrio. Un mejor equilibrio significa menos caídas, y eso importa más a medida que los huesos se debilitan.',
      safety: [
        'Ponte junto a la encimera de la cocina, una pared o una silla firme a la que puedas agarrarte enseguida.',
        'Para si te mareas o te sientes inestable, y agárrate. No lo hagas nunca sobre un suelo resbaladizo ni en calcetines.',
      ],
      steps: [
        'Ponte derecha con los ojos abiertos, mirando a un punto delante de ti. Brazos a los lados o en las caderas.',
        'Levanta un pie justo por encima del suelo y pulsa Iniciar.',
        'Pulsa Detener cuando el pie levantado toque el suelo, se mueva el pie de apoyo o te agarres. El cronómetro se para solo a los 30 segundos.',
        'Descansa y luego haz la otra pierna.',
      ],
      evidence: [
        {
          text: 'La mayoría de las mujeres de entre 40 y 59 años pueden mantenerse sobre una pierna con los ojos abiertos 30 segundos o más; el tiempo baja con la edad.',
        },
        {
          text: 'No llegar a 5 segundos sobre una pierna se relacionó con caídas con lesiones en personas mayores.',
        },
      ],
    },
  },
  balance_4stage: {
    name: 'Prueba de equilibrio en 4 fases',
    recall: 'hoy',
    instructions: 'Mantén cada postura 10 segundos; pasa a la siguiente solo si mantuviste la anterior.',
    items: [
      {
        text: 'La última postura que mantuviste 10 segundos completos',
        options: [
          { label: 'Ninguna todavía' },
          { label: 'Fase 1: pies uno al lado del otro' },
          { label: 'Fase 2: un pie medio paso por delante' },
          { label: 'Fase 3: talón con punta' },
          { label: 'Fase 4: sobre una pierna' },
        ],
      },
    ],
    bands: {
      unsteady: {
        label: 'Talón con punta costó',
        text: 'Hoy te costó mantener talón con punta durante 10 segundos. Practicar el equilibrio ayuda; coméntalo con tu médico o médica de cabecera o con fisioterapia.',
      },
      steady: {
        label: 'Talón con punta mantenido',
        text: 'Mantuviste talón con punta durante 10 segundos. Sigue practicando el equilibrio.',
      },
    },
    test: {
      why: 'Cuatro posturas, cada una más difícil que la anterior, muestran tu estabilidad a medida que tu base se estrecha.',
      safety: [
        'Ponte junto a una pared o encimera que puedas tocar enseguida; si puedes, que alguien te acompañe.',
        'Para si te mareas o te sientes inestable. No pases a la siguiente postura si no pudiste mantener esta.',
      ],
      steps: [
        'Fase 1: pies uno al lado del otro. Pulsa Iniciar y mantén 10 segundos sin agarrarte.',
        'Fase 2: coloca el arco interno de un pie junto al dedo gordo del otro. Mantén 10 segundos.',
        'Fase 3: un pie justo delante del otro, con el talón tocando la punta. Mantén 10 segundos.',
        'Fase 4: ponte sobre una pierna. Mantén 10 segundos.',
        'Después elige la última postura que mantuviste los 10 segundos completos.',
      ],
      evidence: [
        {
          text: 'No mantener talón con punta (fase 3) durante 10 segundos se asocia a más probabilidad de caídas.',
        },
      ],
    },
  },
};
