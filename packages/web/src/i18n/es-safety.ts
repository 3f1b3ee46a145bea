/**
 * Spanish copy (see en-safety.ts): the safety check and the "When to get help" page. Every warning
 * keeps the meaning and urgency of the English exactly.
 */
import type { Catalogue } from '@spinekind/core';
import type { safety as english } from './en-safety';

export const safety: Catalogue<typeof english> = {
  help: {
    title: 'Cuándo pedir ayuda',
    intro:
      'La mayoría de los dolores de espalda en la mediana edad no son peligrosos y mejoran con el tiempo y con movimiento suave. Unas pocas señales significan que debes hacerte revisar pronto. Si alguna es nueva para ti, actúa, aunque no estés segura.',
    emergency: {
      title: 'Llama ahora al número de emergencias',
      action:
        'Llama al 112, 911, 999 o al número de emergencias de tu zona, o ve a urgencias. No esperes a ver si se pasa, y no conduzcas tú.',
    },
    urgent: {
      title: 'Que te vea un profesional sanitario hoy',
      action:
        'Llama a tu centro de salud o consulta médica, o a un servicio de atención urgente, y pide que te atiendan en menos de 24 horas.',
    },
    soon: {
      title: 'Pide cita para las próximas 1–2 semanas',
      action:
        'Ve a tu médico o médica de cabecera o a un fisioterapeuta. Mientras tanto, sigue con actividad suave.',
    },
    items: {
      saddle:
        'Entumecimiento u hormigueo nuevos alrededor de los genitales, las nalgas o la cara interna de los muslos (la zona que apoyarías en el sillín de una bicicleta).',
      bladder:
        'Problemas nuevos para empezar o dejar de orinar, no notar que la vejiga se llena, escapes de orina o perder el control de los intestinos.',
      weakness:
        'Debilidad en una pierna que es nueva y va a peor; por ejemplo, que arrastres el pie o que las piernas te fallen.',
      bothLegs: 'Dolor, entumecimiento u hormigueo que se extiende por las dos piernas.',
      tearing:
        'Dolor repentino, muy fuerte y desgarrador en la espalda o la barriga, quizá con sensación de desmayo.',
      chest: 'Dolor en el pecho, falta de aire o dolor que se extiende al brazo o a la mandíbula.',
      cancerWeak: 'Debilidad o entumecimiento nuevos en las piernas si has tenido cáncer.',
      fever:
        'Fiebre (38 °C o más) o escalofríos junto con el dolor de espalda, o sentirte muy mal en general.',
      fall: 'Dolor de espalda después de una caída o un esfuerzo si tus huesos son frágiles (osteoporosis, corticoides en pastillas de forma prolongada o más de 65 años).',
      cancerNight: 'Dolor de espalda nuevo y constante que empeora por la noche si has tenido cáncer.',
      newWeak: 'Una pierna o un pie que se ha debilitado, aunque no vaya a peor.',
      weight: 'Perder peso sin proponértelo.',
      nightPain: 'Dolor constante que no se alivia con el reposo ni al cambiar de postura.',
      sixWeeks: 'Dolor que no ha mejorado claramente después de unas seis semanas.',
      oneLeg: 'Dolor, entumecimiento u hormigueo por debajo de la rodilla en una pierna que no se calma.',
      height: 'Perder estatura, o que la parte alta de la espalda se vaya encorvando.',
      stiff: 'Rigidez de más de media hora cada mañana que mejora al moverte.',
    },
    bleeding: {
      title: 'Sangrados que hay que revisar',
      action: 'Pide cita con tu médico o médica de cabecera en las próximas 2 semanas.',
      afterMenopause:
        'Cualquier sangrado o manchado después de 12 meses sin regla. Si tienes 55 años o más, pide que te vean lo antes posible.',
      hysterectomy: 'Cualquier sangrado después de una histerectomía (extirpación del útero).',
      hrt: 'Sangrado con THS fuera del patrón que te dijeron que esperaras: con THS continua después de los primeros 6 meses, sangrados de más de 7 días o sangrados entre los previstos.',
      emergency:
        'Sangrado muy abundante, o sangrado con sensación de desmayo, mareo o falta de aire: llama ahora al número de emergencias.',
      source:
        'Basado en la guía NICE NG12 (actualizada en 2023) y en la guía de la British Menopause Society sobre sangrados no programados con THS (2024). La mayoría de las causas son inofensivas, y una revisión detecta a tiempo las pocas que no lo son.',
    },
    otherwise: {
      title: '¿Nada de esto?',
      text: 'Mantente activa con suavidad y sigue tu plan de autocuidado. Ve a tu médico o médica de cabecera o a un fisioterapeuta si no mejoras claramente después de 4–6 semanas, o si aparece algo nuevo.',
    },
    source:
      'Basado en la guía NICE NG59 (lumbalgia y ciática, 2016, actualizada en 2020), NICE NG234 (metástasis vertebrales y compresión medular, 2023) y Finucane et al. (2020) sobre señales de alarma. Grado de evidencia A: recomendaciones de guías clínicas.',
    never:
      'Spinekind nunca diagnostica ni sugiere medicamentos. Si sientes que algo va mal, confía en ello y pide ayuda.',
  },
  screening: {
    title: 'Chequeo de seguridad',
    intro:
      'Unas preguntas rápidas sobre señales de alarma. La mayoría de los dolores de espalda no son graves; estas preguntas detectan las raras ocasiones en que necesitas un médico pronto. Responde sobre lo que sea nuevo o distinto para ti.',
    age: 'Tu edad',
    ageWhy: 'Algunas señales importan más a ciertas edades.',
    ageError: 'Escribe tu edad en años, de 0 a 120.',
    painWeeks: '¿Cuántas semanas dura ya este episodio de dolor de espalda?',
    painWeeksHint: '¿Menos de una semana? Escribe 0,5.',
    groupUrgent: 'Señales que necesitan ayuda pronto',
    groupBody: 'Tu salud y cómo empezó',
    groupPattern: 'Cómo se comporta el dolor',
    fromProfile: 'de tu perfil',
    change: 'Cambiar',
    why: 'Por qué lo preguntamos:',
    submit: 'Ver mi resultado',
    offered: {
      first:
        '¿Eres nueva aquí? Haz el chequeo de seguridad breve (unos 2 minutos) para saber a qué señales prestar atención.',
      weekly:
        'Ha pasado una semana desde tu último chequeo de seguridad. Vuelve a hacerlo mientras dure este episodio.',
      spike:
        'Tu dolor es mucho más alto que tu media de la última semana. Un chequeo de seguridad breve (unos 2 minutos) puede ayudar.',
      one_leg_radiating:
        'Si el dolor baja por la pierna o se extiende por debajo de la rodilla, vale la pena hacer un chequeo de seguridad rápido.',
      tingling_or_numbness:
        'Si notas entumecimiento u hormigueo, vale la pena hacer un chequeo de seguridad rápido (unos 2 minutos).',
      both_legs_symptoms:
        'Anotaste dolor o síntomas de los nervios en las dos piernas por debajo de la rodilla. Haz ahora el chequeo de seguridad breve.',
      saddle_numbness:
        'Anotaste entumecimiento u hormigueo con dolor en la ingle o las nalgas. Un entumecimiento nuevo en esa zona hay que revisarlo: haz ahora el chequeo de seguridad breve.',
      start: 'Hacer el chequeo de seguridad',
      later: 'Ahora no',
    },
    worrying: '¿Algo nuevo o que te preocupe?',
    resultTitle: 'Tu resultado',
    because: 'Porque dijiste:',
    level: {
      emergency: 'Pide ayuda de emergencia ahora',
      urgent: 'Que te vea un profesional sanitario hoy',
      soon: 'Pide cita para las próximas 1–2 semanas',
      self_care: 'No se encontraron señales de alarma',
    },
    call: 'Llama ahora al {{number}}',
    tell: 'Qué decirles',
    tellText: 'Di que tienes dolor de espalda y: {{reasons}}. Di cuándo empezó.',
    whatNow: 'Qué hacer ahora',
    emergencySteps: [
      'Llama ahora o ve a las urgencias más cercanas.',
      'No esperes a ver si se pasa, y no conduzcas tú.',
    ],
    emergencyStepCancer:
      'Si tienes un equipo de oncología o una línea de atención urgente oncológica, llámalos también.',
    today: {
      title: 'Tu chequeo de seguridad de hoy: {{level}}',
      open: 'Ver el consejo completo',
    },
    followUp: {
      title: '¿Te hiciste revisar?',
      textYesterday: 'Ayer tu chequeo de seguridad dijo: {{level}}.',
      text: 'Tu chequeo de seguridad del {{day}} dijo: {{level}}.',
      question: '¿Te ha visto un médico o una enfermera por ello?',
      checked: 'Sí, me revisaron',
      notYet: 'Todavía no',
      decidedNot: 'Decidí no hacerlo',
      askedAgain: 'Te lo volveremos a preguntar mañana, durante una semana como máximo.',
    },
    understand: 'Entendido',
    understandHint: 'Esta pantalla se queda hasta que confirmes que la has leído.',
    urgentWho:
      'Llama ahora a tu centro de salud o consulta médica, o a un servicio de atención urgente, y pide que te atiendan en menos de 24 horas.',
    soonWho:
      'Pide cita con tu médico o médica de cabecera o con un fisioterapeuta en las próximas 1–2 semanas.',
    remind: 'Recuérdame pedir cita',
    reminded: 'Lo mostraremos en tu pantalla Hoy hasta que hayas pedido cita.',
    booked: 'Ya he pedido cita',
    bookTodo: 'Pendiente: {{what}} (de tu chequeo de seguridad del {{date}})',
    selfCareMore:
      'Mantente activa con suavidad. La página «Cuándo pedir ayuda» enumera las señales a las que prestar atención.',
    done: 'Volver a Hoy',
    again: 'Responder de nuevo',
    safetyNet:
      'Si aparece entumecimiento nuevo alrededor de las nalgas o los genitales, problemas nuevos de vejiga o intestinos, o debilidad en las piernas, llama al número de emergencias de tu zona.',
    history: 'Chequeo de seguridad: {{level}}',
    notFound: 'Este chequeo de seguridad no está en este dispositivo.',
  },
  bleeding: {
    title: 'Haz que revisen este sangrado',
    infoTitle: 'Sobre el sangrado con THS',
    stays: 'Esto se queda arriba en Hoy hasta que nos digas que has pedido cita.',
    booked: 'Ya he pedido cita',
    remind: 'Recuérdamelo mañana',
    bookedDone: 'Anotado: cita pedida.',
    remindDone: 'Te lo volveremos a mostrar mañana.',
    undo: 'Deshacer',
    runOne: 'Sangrado anotado el {{from}}.',
    run: 'Sangrado anotado del {{from}} al {{to}}.',
    stageHeld: 'Un sangrado tras 12 meses sin regla necesita revisarse primero',
    stageHeldBasis:
      'No interpretamos este sangrado como que te vuelve la regla. Cuando un médico lo haya revisado, la estimación de aquí seguirá a partir de tus registros.',
    addPeriod: 'Añadir una regla que falta',
    updateProfile: 'Actualizar tu perfil',
    regimenIntro: 'Tomas THS. ¿De qué tipo? El sangrado significa cosas distintas en cada una.',
    regimenSave: 'Guardar en mi perfil',
    regimenSaved: 'Guardado en tu perfil.',
    regimenPick: 'Elige una de las tres respuestas.',
    startIntro: 'Tomas THS. ¿Cuándo empezaste? Es frecuente sangrar en los primeros 6 meses.',
    startLabel: '¿Cuándo empezaste la THS?',
    startHint: 'Déjalo vacío si no lo sabes.',
    startFuture: 'La fecha de inicio no puede ser futura.',
  },
};
