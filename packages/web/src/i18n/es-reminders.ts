/** Spanish copy: reminders (check-in, routines, questionnaires, period, lesson, experiment) and their delivery. */
import type { Catalogue } from '@spinekind/core';
import type { remindersCopy as english } from './en-reminders';

export const remindersCopy: Catalogue<typeof english> = {
  reminders: {
    link: 'Recordatorios',
    linkHint:
      'Un aviso para tu registro diario, antes de una rutina planificada o cuando toca un cuestionario.',
    title: 'Recordatorios',
    intro:
      'Elige qué puede recordarte algo y cuándo. Todo está desactivado hasta que lo actives. Nunca llega un recordatorio de algo que ya hayas hecho ese día, y un día que se te pasa es solo un día.',
    settings: 'Qué puede recordarte algo',
    checkin: 'Registro',
    checkinHint:
      'A las horas que elijas. En cuanto hagas tu registro, se acaban los recordatorios de ese día.',
    checkinTime: 'Hora {{n}}',
    addTime: 'Añadir una hora',
    removeTime: 'Quitar {{time}}',
    days: 'Días',
    routines: 'Rutinas planificadas',
    routinesHint: 'Antes de cada rutina de tu plan semanal, salvo que ya la hayas hecho.',
    minutesBefore: 'Minutos antes',
    questionnaires: 'Cuestionarios',
    questionnairesHint: 'Una vez cuando toque uno, a la hora de tu primer registro (o a las 19:00).',
    period: 'Próxima regla',
    periodHint: 'Días antes del intervalo previsto, solo cuando tus ciclos permiten hacer una previsión.',
    daysBefore: 'Días antes',
    lesson: 'Lección del día',
    lessonHint: 'Una lección corta, mientras queden lecciones que no hayas leído.',
    lessonTime: 'Hora',
    experiments: 'Cuando un experimento cambia',
    experimentsHint:
      'El primer día de cada fase de un experimento en curso, a la hora de tu primer registro de ese día (o a las 08:00). Solo dice qué hacer cuando esa fase ya ha empezado.',
    quiet: 'Horas de silencio',
    quietHint: 'En estas horas no llega nada; un recordatorio que caería en ellas se pasa al final.',
    quietStart: 'Desde',
    quietEnd: 'Hasta',
    save: 'Guardar recordatorios',
    saving: 'Guardando…',
    discard: 'Descartar cambios',
    saved: 'Recordatorios guardados.',
    fixErrors: 'Algunos ajustes necesitan un vistazo; mira las notas de arriba.',
    leaveQuestion: '¿Salir sin guardar los cambios de tus recordatorios?',
    previewTitle: 'Próximamente',
    previewEmpty: 'No hay nada próximo. Activa un recordatorio arriba y guarda para verlo aquí.',
    previewHint: 'Las horas están en la zona horaria de tus recordatorios.',
    kinds: {
      checkin: 'Registro',
      routine: 'Rutina',
      questionnaire: 'Cuestionario',
      period: 'Regla',
      lesson: 'Lección',
      experiment: 'Experimento',
    },
    testTitle: 'Mira cómo llega uno',
    testIntro: 'Envía una prueba a cada navegador en el que hayas activado los recordatorios.',
    test: 'Enviar una prueba',
    testNoDevice:
      'Todavía no hay ningún navegador con los recordatorios activados. Actívalos primero arriba.',
    testSent_one: 'Enviado a {{count}} navegador.',
    testSent_other: 'Enviado a {{count}} navegadores.',
    noPush:
      'Este navegador no puede mostrar recordatorios mientras Spinekind está cerrada (arriba se explica por qué). Cada vez que abras la app, Hoy te mostrará lo que toca.',
    todayShows: 'Sin recordatorios, Hoy te muestra tu registro diario y cualquier cuestionario pendiente.',
    dueNow: {
      title: 'Toca ahora',
      checkinLine: 'Tu registro diario, cuando estés lista.',
      checkin: 'Registrar',
      routine: 'Empezar',
      questionnaire: 'Responder',
      period: 'Ver la previsión',
      lesson: 'Leer',
      why: 'Los recordatorios no llegan a este navegador mientras Spinekind está cerrada, así que te esperan aquí.',
      dismiss: 'Hoy no',
    },
  },
};
