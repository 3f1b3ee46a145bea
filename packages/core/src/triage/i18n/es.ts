import type { Catalogue } from '../../i18n/catalogue.js';
import type { TriageTexts } from './en.js';

/** The triage in Spanish (neutral international, "tú"); meaning and urgency exactly as the English. */
export const triageEs: Catalogue<TriageTexts> = {
  advice: {
    emergency:
      'Algunas de tus respuestas pueden ser señales de un problema grave que necesita atención de emergencia. Llama ahora al número de emergencias o ve al servicio de urgencias más cercano; no esperes a ver si se pasa y no conduzcas tú.',
    urgent:
      'Por algunas de tus respuestas, un profesional de la salud debería revisarte hoy. Contacta ahora con tu centro de salud o consultorio, o con un servicio de atención urgente, y pide que te vean en las próximas 24 horas; si empeoras antes, llama al número de emergencias.',
    soon: 'Nada indica una emergencia, pero una o más respuestas deberían revisarlas tu médico o médica de cabecera o fisioterapia. Pide cita para las próximas 1-2 semanas y sigue con tu plan de autocuidado; si aparecen síntomas nuevos, vuelve a hacer la comprobación enseguida.',
    self_care:
      'No se han encontrado señales de alarma. Sigue moviéndote con suavidad, usa el plan de autocuidado y algún alivio sencillo del dolor si te va bien, y consulta a tu médico o médica de cabecera o a fisioterapia si no mejoras claramente en 4-6 semanas o si aparece algo nuevo.',
  },
  reasons: {
    saddle_numbness: 'Adormecimiento nuevo en las nalgas, los genitales o la cara interna de los muslos',
    bladder_change: 'Un cambio nuevo en cómo funciona o se siente la vejiga',
    bowel_change: 'Un cambio nuevo en la sensibilidad o el control del intestino',
    sexual_numbness: 'Pérdida nueva de sensibilidad durante las relaciones sexuales',
    leg_weakness_worsening: 'Debilidad en la pierna que va a peor',
    leg_weakness_new: 'Debilidad nueva en una pierna o un pie',
    both_legs_symptoms: 'Síntomas que bajan por las dos piernas',
    one_leg_radiating: 'Dolor u hormigueo por debajo de la rodilla en una pierna',
    tingling_or_numbness: 'Adormecimiento u hormigueo en una pierna o un pie',
    fever: 'Temperatura alta o sensación de calor con escalofríos',
    unexplained_weight_loss: 'Perder peso sin proponértelo',
    cancer_history: 'Haber tenido cáncer',
    night_pain_constant: 'Dolor constante que no mejora con el reposo y empeora por la noche',
    getting_worse_despite_rest: 'Dolor que empeora poco a poco a pesar del reposo y los analgésicos',
    major_trauma: 'Un accidente o una caída graves',
    minor_trauma_or_strain:
      'Dolor que empezó tras una caída leve, levantar algo, un giro, una tos o un estornudo',
    osteoporosis_known: 'Osteoporosis conocida o una fractura anterior por fragilidad',
    long_term_steroids: 'Tomar corticoides en pastillas durante 3 meses o más',
    immunosuppressed: 'Defensas bajas u otro riesgo de infección',
    chest_or_upper_back_pain: 'Dolor sobre todo en la parte alta o media de la espalda',
    sudden_tearing_pain: 'Dolor repentino, muy fuerte y desgarrador',
    chest_pain_breathless: 'Dolor en el pecho, falta de aire o dolor que se extiende al brazo o la mandíbula',
    unwell_generally: 'Encontrarte mal en general',
    inflammatory_pattern: 'Un patrón de rigidez que puede indicar dolor de espalda inflamatorio',
    height_loss_or_curve: 'Pérdida de estatura o la parte alta de la espalda más redondeada',
    age: 'Tu edad (junto con la respuesta anterior)',
    pain_weeks: 'Cuánto dura ya este episodio',
  },
  questions: {
    saddle_numbness: {
      text: '¿Notas adormecimiento u hormigueo nuevos en las nalgas, los genitales o la cara interna de los muslos?',
      why: 'El adormecimiento en la zona que apoyarías en el sillín de una bicicleta puede indicar que los nervios de la parte baja de la columna están comprimidos.',
    },
    bladder_change: {
      text: '¿Notas un cambio nuevo en la vejiga: dificultad para empezar o cortar la orina, no sentir que se llena o escapes de orina nuevos? (No cuenta un escape antiguo y que no ha cambiado al toser o estornudar.)',
      why: 'Un cambio nuevo en la vejiga junto con dolor de espalda puede venir de esos mismos nervios y hay que revisarlo de inmediato.',
    },
    bowel_change: {
      text: '¿Has perdido hace poco la sensibilidad o el control del intestino? (El estreñimiento por sí solo no cuenta.)',
      why: 'Perder la sensibilidad o el control del intestino es otra señal de que esos nervios están afectados.',
    },
    sexual_numbness: {
      text: '¿Has notado una pérdida nueva de sensibilidad durante las relaciones sexuales?',
      why: 'Es una señal menos conocida del mismo problema de los nervios.',
    },
    both_legs_symptoms: {
      text: '¿Tienes dolor, adormecimiento u hormigueo que baja por las dos piernas a la vez?',
      why: 'Los síntomas en las dos piernas pueden indicar presión en el centro de la columna.',
    },
    leg_weakness_new: {
      text: '¿Notas una debilidad nueva en una pierna o un pie: tropiezas con los dedos, el pie cae flojo o no puedes ponerte de puntillas o sobre los talones?',
      why: 'Una debilidad nueva necesita que un profesional de la salud te explore el mismo día.',
    },
    leg_weakness_worsening: {
      text: 'Si es así, ¿esa debilidad va a peor?',
      why: 'Una debilidad que va a peor necesita atención de emergencia.',
    },
    sudden_tearing_pain: {
      text: '¿Has tenido un dolor repentino, muy fuerte y desgarrador en la espalda o la barriga, quizá con sensación de desmayo?',
      why: 'En raras ocasiones, esto viene de la arteria principal del cuerpo y no de la espalda.',
    },
    chest_pain_breathless: {
      text: '¿Tienes dolor en el pecho, falta de aire o dolor que se extiende al brazo o a la mandíbula?',
      why: 'Los problemas del corazón y de los pulmones pueden notarse en la parte alta de la espalda.',
    },
    fever: {
      text: '¿Has tenido 38 °C de temperatura o más, o has sentido calor y escalofríos, junto con el dolor de espalda?',
      why: 'La fiebre con dolor de espalda puede indicar una infección que hay que revisar hoy.',
    },
    one_leg_radiating: {
      text: '¿El dolor, el adormecimiento o el hormigueo llegan por debajo de la rodilla en una pierna?',
      why: 'Es un dolor de tipo ciática. Suele mejorar, pero debería revisarlo un profesional de la salud.',
    },
    tingling_or_numbness: {
      text: '¿Tienes adormecimiento u hormigueo en una pierna o un pie?',
      why: 'Los cambios en la sensibilidad merecen una exploración.',
    },
    night_pain_constant: {
      text: '¿El dolor es constante, no mejora con el reposo ni al cambiar de postura, y empeora por la noche?',
      why: 'Un dolor que nunca da tregua se comporta de forma distinta al dolor de espalda habitual.',
    },
    getting_worse_despite_rest: {
      text: '¿El dolor empeora poco a poco a pesar del reposo y de los analgésicos sencillos?',
      why: 'Un dolor que no para de aumentar merece que lo vea un profesional de la salud.',
    },
    chest_or_upper_back_pain: {
      text: '¿El dolor está sobre todo en la parte alta o media de la espalda, entre los omóplatos?',
      why: 'El dolor más arriba en la espalda tiene más causas posibles, sobre todo a partir de los 50.',
    },
    inflammatory_pattern: {
      text: '¿Tienes la espalda rígida más de 30 minutos al despertarte y mejora al moverte, o el dolor te despierta en la segunda mitad de la noche?',
      why: 'Este patrón puede indicar una inflamación de la columna, que en las mujeres a menudo pasa desapercibida.',
    },
    unwell_generally: {
      text: '¿Te encuentras mal en general?',
      why: 'Encontrarte mal en general, además del dolor de espalda, cambia lo que podría ser.',
    },
    unexplained_weight_loss: {
      text: '¿Has perdido peso sin proponértelo?',
      why: 'Conviene comentar con tu médico o médica una pérdida de peso que no buscabas.',
    },
    major_trauma: {
      text: '¿El dolor empezó después de un accidente o una caída graves, como un accidente de coche o una caída desde altura?',
      why: 'Un impacto fuerte puede lesionar la columna.',
    },
    minor_trauma_or_strain: {
      text: '¿Pasó algo pequeño justo antes de que empezara: una caída estando de pie, levantar algo, un giro, una tos o un estornudo?',
      why: 'Con los huesos frágiles, incluso un esfuerzo pequeño puede fisurar una vértebra.',
    },
    osteoporosis_known: {
      text: '¿Te han dicho que tienes osteoporosis, o te has roto un hueso en una caída leve?',
      why: 'Los huesos frágiles cambian lo que puede significar un esfuerzo o una caída.',
    },
    long_term_steroids: {
      text: '¿Has tomado corticoides en pastillas durante 3 meses o más?',
      why: 'Los tratamientos largos con corticoides en pastillas pueden debilitar los huesos y las defensas.',
    },
    cancer_history: {
      text: '¿Has tenido cáncer alguna vez, aunque fuera hace mucho? (Los cánceres de piel que no son melanoma no cuentan.)',
      why: 'Haber tenido cáncer cambia qué señales del dolor de espalda hay que revisar pronto.',
    },
    immunosuppressed: {
      text: '¿Tienes las defensas bajas (por ejemplo, por un tratamiento), o te han hecho hace poco una intervención en la columna o has tenido una infección grave?',
      why: 'Esto aumenta la probabilidad de una infección en la columna.',
    },
    height_loss_or_curve: {
      text: '¿Has perdido estatura (unos 4 cm o más) o has notado que la parte alta de la espalda se ha vuelto más redondeada?',
      why: 'Puede ser señal de fracturas de vértebras que pasan desapercibidas por huesos que se debilitan.',
    },
  },
  help: {
    whereTitle: 'Dónde pueden atenderte hoy',
    crisisTitle: 'Si no te sientes segura',
    crisisIntro:
      'Si en algún momento no te sientes segura o piensas en hacerte daño, llama ahora al {{number}} o a una de estas líneas:',
    allDay: 'las 24 horas',
    source: 'Fuente: {{organisation}}',
    noCountry:
      'Añade tu país en tu perfil para ver dónde pueden atenderte y las líneas de crisis de tu zona.',
  },
  numbers: {
    either: '{{first}} o {{second}}',
    // Without an article: Spanish copy says "llama al {{number}}" (al 112, al número…).
    local: 'número de emergencias de tu país',
  },
};
