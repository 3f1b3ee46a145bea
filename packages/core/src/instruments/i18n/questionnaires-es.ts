import type { InstrumentTexts } from './en.js';

const support =
  'Si en algún momento no te sientes segura o piensas en hacerte daño, llama ahora al número de emergencias o a una línea de crisis.';

/**
 * The questionnaires in Spanish: every validated wording stays in English (README.md says why); the
 * names, the recall period and the band texts are ours and translated.
 */
export const questionnairesEs: Record<'peg' | 'mrs' | 'rmdq' | 'phq2' | 'gad2', InstrumentTexts> = {
  peg: {
    name: 'Escala de dolor PEG',
    recall: 'la última semana',
    bands: {
      lower: {
        label: 'Más bajo',
        text: 'El dolor y su efecto en tu vida fueron más bien bajos esta semana.',
      },
      middle: {
        label: 'Intermedio',
        text: 'El dolor afectó tu semana de forma moderada. Observa cómo cambia con el tiempo.',
      },
      higher: {
        label: 'Más alto',
        text: 'El dolor pesó mucho en tu semana. Plantéate hablarlo con tu médico o médica de cabecera o con fisioterapia.',
      },
    },
  },
  mrs: {
    name: 'Menopause Rating Scale (MRS)',
    recall: 'en este momento',
    bands: {
      none: {
        label: 'Ninguna o poca',
        text: 'Pocas o ninguna molestia de tipo menopáusico en este momento.',
      },
      mild: { label: 'Leve', text: 'Molestias leves de tipo menopáusico.' },
      moderate: {
        label: 'Moderada',
        text: 'Molestias moderadas de tipo menopáusico. Puede valer la pena comentarlas con tu médico o médica de cabecera.',
      },
      severe: {
        label: 'Intensa',
        text: 'Molestias intensas de tipo menopáusico. Hablar con tu médico o médica de cabecera o con una unidad de menopausia puede ayudar; hay opciones.',
      },
    },
  },
  rmdq: {
    name: 'Cuestionario de Roland-Morris (RMDQ)',
    recall: 'cómo estás hoy',
    bands: {
      lower: { label: 'Más bajo', text: 'Hoy tu espalda te dificulta pocas cosas del día a día.' },
      middle: {
        label: 'Intermedio',
        text: 'Tu espalda te dificulta bastantes cosas del día a día. Observa cómo cambia con el tiempo.',
      },
      higher: {
        label: 'Más alto',
        text: 'Tu espalda te dificulta muchas cosas del día a día. Plantéate hablarlo con tu médico o médica de cabecera o con fisioterapia.',
      },
    },
  },
  phq2: {
    name: 'PHQ-2: revisión del ánimo',
    recall: 'las últimas 2 semanas',
    bands: {
      talk: {
        label: 'Vale la pena hablarlo',
        text: `Tus respuestas indican que tu estado de ánimo ha sido difícil últimamente. Podría ayudarte hablar con tu médico o médica de cabecera u otro profesional de la salud sobre cómo te has sentido. ${support}`,
      },
      ok: {
        label: 'Por debajo del umbral de cribado',
        text: `Tus respuestas están por debajo del umbral de cribado habitual. Si tu estado de ánimo te preocupa, puedes hablarlo igualmente con un profesional de la salud. ${support}`,
      },
    },
  },
  gad2: {
    name: 'GAD-2: revisión de la preocupación',
    recall: 'las últimas 2 semanas',
    bands: {
      talk: {
        label: 'Vale la pena hablarlo',
        text: `Tus respuestas indican que las preocupaciones te han costado mucho últimamente. Podría ayudarte hablar con tu médico o médica de cabecera u otro profesional de la salud sobre cómo te has sentido. ${support}`,
      },
      ok: {
        label: 'Por debajo del umbral de cribado',
        text: `Tus respuestas están por debajo del umbral de cribado habitual. Si las preocupaciones te inquietan, puedes hablarlo igualmente con un profesional de la salud. ${support}`,
      },
    },
  },
};
