import type { MessageCatalogue } from './translate.js';

/** Spanish for the messages of core's schemas and rules (keyed by their English text). */
export const esSchemas: MessageCatalogue = {
  // Accounts and sign-in
  'Enter your current password.': 'Escribe tu contraseña actual.',
  'An invite lasts at most {{max}} days.': 'Una invitación dura como máximo {{max}} días.',
  'An invite lasts at least 1 day.': 'Una invitación dura al menos 1 día.',
  'Give the number of days as a whole number.': 'Indica el número de días como número entero.',
  'Use at least {{min}} characters. A few unrelated words are easy to remember.':
    'Usa al menos {{min}} caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar.',
  'Use at most {{max}} characters.': 'Usa como máximo {{max}} caracteres.',
  'Leave your email address out of your password.': 'No pongas tu correo electrónico en la contraseña.',
  'This is one of the most common passwords. Try three or four unrelated words.':
    'Es una de las contraseñas más comunes. Prueba con tres o cuatro palabras sin relación entre sí.',
  'This password would be easy to guess. Try three or four unrelated words.':
    'Esta contraseña sería fácil de adivinar. Prueba con tres o cuatro palabras sin relación entre sí.',
  'That email address is too long.': 'Ese correo electrónico es demasiado largo.',
  'Enter an email address like name@example.com.': 'Escribe un correo electrónico como nombre@ejemplo.com.',
  'This link is not valid.': 'Este enlace no es válido.',
  'This link is not complete.': 'Este enlace está incompleto.',
  'Enter your password.': 'Escribe tu contraseña.',
  'Choose one of the languages: en, de or es.': 'Elige uno de los idiomas: en, de o es.',

  // Shared shapes
  'id must be a UUID.': 'id debe ser un UUID.',
  'id is a UUID made by the app.': 'id es un UUID creado por la aplicación.',
  '`from` must be on or before `to`.': '`from` debe ser el mismo día que `to` o anterior.',
  'Use a date between the years 1900 and 2999.': 'Usa una fecha entre los años 1900 y 2999.',
  'Use a date like 2026-03-14.': 'Usa una fecha como 2026-03-14.',
  'Use a time between the years 1900 and 2999.': 'Usa un momento entre los años 1900 y 2999.',
  'Use an ISO-8601 date and time with an offset, like 2026-03-14T08:30:00+01:00.':
    'Usa una fecha y hora ISO 8601 con desfase horario, como 2026-03-14T08:30:00+01:00.',
  'Unknown time zone; use an IANA name like Europe/London or America/New_York.':
    'Zona horaria desconocida; usa un nombre IANA como Europe/Madrid o America/Mexico_City.',
  'Unknown time zone: {{zone}}.': 'Zona horaria desconocida: {{zone}}.',
  'Use an IANA name like Europe/London.': 'Usa un nombre IANA como Europe/Madrid.',
  'Use at most 60 characters.': 'Usa como máximo 60 caracteres.',
  'Use at most 80 characters.': 'Usa como máximo 80 caracteres.',
  'Use at most 100 characters.': 'Usa como máximo 100 caracteres.',
  'Use at most 200 characters.': 'Usa como máximo 200 caracteres.',
  'Use at most 2000 characters.': 'Usa como máximo 2000 caracteres.',
  'Notes can be at most {{max}} characters.': 'Las notas pueden tener como máximo {{max}} caracteres.',
  'Notes can be at most 2000 characters.': 'Las notas pueden tener como máximo 2000 caracteres.',

  // Numbers with a name ({{what}} is one of the field names at the end)
  '{{what}} must be 10 or less.': '{{what}}: como máximo 10.',
  '{{what}} must be 0 or more.': '{{what}}: como mínimo 0.',
  '{{what}} must be a whole number from 0 to 10.': '{{what}}: un número entero del 0 al 10.',
  '{{what}} must be {{max}} or less.': '{{what}}: como máximo {{max}}.',
  '{{what}} must be {{min}} or more.': '{{what}}: como mínimo {{min}}.',
  "{{what}} can't be negative.": '{{what}}: no puede ser menor que 0.',
  '{{what}} must be a whole number.': '{{what}}: un número entero.',
  '{{what}} must be a number.': '{{what}}: un número.',
  '{{what}} is a whole number from {{min}} to {{max}}.': '{{what}}: un número entero del {{min}} al {{max}}.',
  '{{what}} must be a time like 09:00 (24-hour clock).':
    '{{what}}: una hora como 09:00 (formato de 24 horas).',
  '{{what}} must be base64url text.': '{{what}} debe ser texto base64url.',
  '{{what}} must be {{bytes}} bytes.': '{{what}} debe tener {{bytes}} bytes.',
  '{{what}} must be true or false.': '{{what}} es true o false.',

  // Check-ins
  'Each body area may appear once.': 'Cada zona del cuerpo puede aparecer una sola vez.',
  'Unknown body area.': 'Zona del cuerpo desconocida.',
  'Each body area may have one score.': 'Cada zona del cuerpo puede tener un solo valor.',
  'Each kind of pain may appear once.': 'Cada tipo de dolor puede aparecer una sola vez.',
  'Unknown kind of pain.': 'Tipo de dolor desconocido.',
  'Bleeding is none, spotting, light, medium or heavy.':
    'El sangrado es none, spotting, light, medium o heavy.',
  'Each food may appear once.': 'Cada alimento puede aparecer una sola vez.',
  'Unknown food item.': 'Alimento desconocido.',
  "Worst pain can't be lower than pain now.": 'El dolor más fuerte no puede ser menor que el dolor de ahora.',

  // Bleeding and cycle
  'answer is booked or remind_tomorrow.': 'answer es booked o remind_tomorrow.',
  'amount is spotting, light, medium or heavy.': 'amount es spotting, light, medium o heavy.',
  'age must be a whole number of years.': 'age debe ser un número entero de años.',
  'At most {{max}} bleeding entries.': 'Como máximo {{max}} registros de sangrado.',
  'Flow is spotting, light, medium or heavy.': 'El flujo es spotting, light, medium o heavy.',
  'The end date must be on or after the start, and a period at most {{max}} days long.':
    'La fecha de fin debe ser el día de inicio o posterior, y una regla dura como máximo {{max}} días.',

  // Break reminders
  'Custom mode needs an interval.': 'El modo personalizado necesita un intervalo.',
  'Lunch must end after it starts.': 'La comida debe terminar después de empezar.',
  'Each work day may appear once.': 'Cada día laborable puede aparecer una sola vez.',
  'Choose at least one work day.': 'Elige al menos un día laborable.',
  'Work days run 1–7.': 'Los días laborables van del 1 al 7.',
  'Work days run from 1 (Monday) to 7 (Sunday).': 'Los días laborables van del 1 (lunes) al 7 (domingo).',
  'Mode is pomodoro, 50-10, hourly or custom.': 'El modo es pomodoro, 50-10, hourly o custom.',
  'The interval must be at most {{max}} minutes.': 'El intervalo debe ser como máximo de {{max}} minutos.',
  'The interval must be at least {{min}} minutes.': 'El intervalo debe ser como mínimo de {{min}} minutos.',
  'The interval must be a whole number of minutes.': 'El intervalo debe ser un número entero de minutos.',
  'End must be after start on the same day.': 'El final debe ser posterior al inicio, el mismo día.',
  'Lunch must be inside your work hours.': 'La comida debe estar dentro de tu horario de trabajo.',
  'Snooze for 5 or 10 minutes.': 'Pospón 5 o 10 minutos.',

  // Desk self-check
  'Choose one of the answers offered.': 'Elige una de las respuestas propuestas.',
  "Please answer this one, or choose the answer that says it doesn't apply.":
    'Responde a esta pregunta o elige la respuesta que dice que no se aplica.',
  'Please answer this one.': 'Responde a esta pregunta.',
  'Unknown question: {{ids}}.': 'Pregunta desconocida: {{ids}}.',
  'Every question needs one of its answers.': 'Cada pregunta necesita una de sus respuestas.',

  // Exercises, routines, plans, sessions
  'Seconds per repetition must be 60 or less.': 'Segundos por repetición: como máximo 60.',
  'Seconds per repetition must be 1 or more.': 'Segundos por repetición: como mínimo 1.',
  'Seconds per repetition must be a number.': 'Segundos por repetición: un número.',
  'A dose is {kind: "time", seconds, sets} or {kind: "reps", reps, sets, secondsPerRep}.':
    'Una dosis es {kind: "time", seconds, sets} o {kind: "reps", reps, sets, secondsPerRep}.',
  'Give it a name.': 'Ponle un nombre.',
  'Use at most 10 steps.': 'Usa como máximo 10 pasos.',
  'Add at least one step.': 'Añade al menos un paso.',
  'Keep each step under 300 characters.': 'Cada paso puede tener como máximo 300 caracteres.',
  'A step cannot be empty.': 'Un paso no puede estar vacío.',
  'The link can be at most 500 characters.': 'El enlace puede tener como máximo 500 caracteres.',
  'The link must be a full https:// address.': 'El enlace debe ser una dirección https:// completa.',
  'Unknown exercise: use a catalogue id or custom:<uuid>.':
    'Ejercicio desconocido: usa un id del catálogo o custom:<uuid>.',
  'Use at most 30 exercises.': 'Usa como máximo 30 ejercicios.',
  'Add at least one exercise.': 'Añade al menos un ejercicio.',
  'Use a time like 07:30 (24-hour clock).': 'Usa una hora como 07:30 (formato de 24 horas).',
  'Each day may appear once.': 'Cada día puede aparecer una sola vez.',
  'Choose at least one day.': 'Elige al menos un día.',
  'Days run from 1 to 7.': 'Los días van del 1 al 7.',
  'Days run from 1 (Monday) to 7 (Sunday).': 'Los días van del 1 (lunes) al 7 (domingo).',
  'A plan can hold at most 50 entries.': 'Un plan puede tener como máximo 50 entradas.',
  'Unknown routine: use a routine id or custom:<uuid>.':
    'Rutina desconocida: usa un id de rutina o custom:<uuid>.',
  'Each plan entry needs its own id.': 'Cada entrada del plan necesita su propio id.',
  'Use a kebab-case id like cat-cow.': 'Usa un id en kebab-case como cat-cow.',
  'An illustration is one <svg> with a viewBox.': 'Una ilustración es un <svg> con viewBox.',
  'An illustration has no scripts, event handlers, links, images or text.':
    'Una ilustración no tiene scripts, manejadores de eventos, enlaces, imágenes ni texto.',
  'Repetitions must be a whole number.': 'Repeticiones: un número entero.',
  'Seconds must be a whole number.': 'Segundos: un número entero.',
  'Load must be 500 kg or less.': 'Carga: como máximo 500 kg.',
  'Load must be 0 kg or more.': 'Carga: como mínimo 0 kg.',
  'Load is a number of kilograms.': 'La carga es un número de kilogramos.',
  'Band is one of {{colours}}.': 'La banda es una de estas: {{colours}}.',
  'bodyweight is true when the load is your own body.':
    'bodyweight es true cuando la carga es tu propio cuerpo.',
  'A set has one load: kilograms, a band or body weight.':
    'Una serie tiene una sola carga: kilogramos, una banda o el propio peso corporal.',
  'done is true or false.': 'done es true o false.',
  'At most 20 sets of one exercise.': 'Como máximo 20 series de un ejercicio.',
  'Unknown routine: use a routine id, custom:<uuid> or walking.':
    'Rutina desconocida: usa un id de rutina, custom:<uuid> o walking.',
  'At most 100 exercises in one session.': 'Como máximo 100 ejercicios en una sesión.',
  'Rating is too_easy, about_right or too_hard.': 'La valoración es too_easy, about_right o too_hard.',
  "A session can't end before it starts.": 'Una sesión no puede terminar antes de empezar.',
  'A session can last at most {{max}} hours.': 'Una sesión puede durar como máximo {{max}} horas.',

  // Experiments
  'followed is true or false.': 'followed es true o false.',
  'Start today or on a later day.': 'Empieza hoy o un día posterior.',
  'Start on {{date}} or later.': 'Empieza el {{date}} o más tarde.',
  'There is no experiment template with this id.': 'No hay ninguna plantilla de experimento con este id.',
  'Unknown template.': 'Plantilla desconocida.',
  'Leave at least 2 days of each period after the washout.':
    'Deja al menos 2 días de cada periodo después del lavado.',
  'Use at most {{washout}} washout days with {{days}}-day periods.':
    'Usa como máximo {{washout}} días de lavado con periodos de {{days}} días.',
  '“{{word}}” sounds like a medicine or supplement. Experiments here are for everyday habits only: changes to medicines or supplements are for you and your doctor or pharmacist to plan.':
    '«{{word}}» parece un medicamento o un suplemento. Aquí los experimentos son solo para hábitos del día a día: los cambios en medicamentos o suplementos los planificas con tu médico o médica o tu farmacéutico o farmacéutica.',
  '“{{dose}}” looks like a dose. Experiments here are for everyday habits only, never doses: talk to your doctor or pharmacist about those.':
    '«{{dose}}» parece una dosis. Aquí los experimentos son solo para hábitos del día a día, nunca para dosis: habla de eso con tu médico o médica o tu farmacéutico o farmacéutica.',
  'The schedule does not match the dates and design.':
    'El calendario no coincide con las fechas y el diseño.',
  'An answer lies outside the experiment’s dates.':
    'Una respuesta queda fuera de las fechas del experimento.',
  'A day is answered twice.': 'Un día tiene dos respuestas.',
  'Describe {{what}}.': 'Describe {{what}}.',
  'Describe what you are testing.': 'Describe qué estás probando.',
  'Describe what to do on "try it" days.': 'Describe qué harás los días de «probar».',
  'Describe what to do on "as usual" days.': 'Describe qué harás los días de «como siempre».',
  'Use at most 80 characters for the title.': 'Usa como máximo 80 caracteres para el título.',
  'Choose a template (templateId) or describe your own (custom), not both.':
    'Elige una plantilla (templateId) o describe el tuyo propio (custom), no las dos cosas.',

  // Imports, questionnaires, lessons
  'This does not look like a {{app}} export ({{expected}}). Nothing was imported.':
    'Esto no parece una exportación de {{app}} ({{expected}}). No se ha importado nada.',
  'dryRun is true or false.': 'dryRun es true o false.',
  '{{name}} has {{count}} questions; send one answer each.':
    '{{name}} tiene {{count}} preguntas; envía una respuesta para cada una.',
  'Each answer is a whole number.': 'Cada respuesta es un número entero.',
  'Answer {{n}} must be one of {{allowed}}.': 'La respuesta {{n}} debe ser una de estas: {{allowed}}.',
  'read is true or false.': 'read es true o false.',
  'Use a kebab-case id like sleep-and-pain.': 'Usa un id en kebab-case como sleep-and-pain.',
  'One line only.': 'Solo una línea.',
  'The summary is one sentence.': 'El resumen es una sola frase.',

  // Profile
  "Birth year can't be in the future.": 'El año de nacimiento no puede estar en el futuro.',
  "The last HRT change can't be in the future.":
    'El último cambio de la terapia hormonal no puede estar en el futuro.',
  "The last HRT change can't be before you started HRT; if you restarted, use the restart as the start date.":
    'El último cambio de la terapia hormonal no puede ser anterior a su inicio; si la retomaste, usa esa fecha como fecha de inicio.',
  'Birth year must be 1900 or later.': 'El año de nacimiento debe ser 1900 o posterior.',
  'Use a two-letter country code, like GB or US.': 'Usa un código de país de dos letras, como ES o MX.',

  // Push, reminders, checklists
  'The endpoint must be an https URL.': 'El endpoint debe ser una URL https.',
  'Use a time like 20:30 (24-hour clock).': 'Usa una hora como 20:30 (formato de 24 horas).',
  'Each time may appear once.': 'Cada hora puede aparecer una sola vez.',
  'Choose at most {{max}} times a day.': 'Elige como máximo {{max}} horas al día.',
  'At most two hours before.': 'Como máximo dos horas antes.',
  'At most a week before.': 'Como máximo una semana antes.',
  'Choose at least one time and one day for check-in reminders, or turn them off.':
    'Elige al menos una hora y un día para los recordatorios del registro diario, o desactívalos.',
  'Quiet hours need different start and end times.':
    'Las horas de silencio necesitan horas de inicio y fin distintas.',
  'from must be an ISO date-time with offset.': 'from debe ser una fecha y hora ISO con desfase horario.',
  'Ticked is true or false.': 'Marcado es true o false.',

  // Share links and tokens
  'A passcode has at most 64 characters.': 'Un código de acceso tiene como máximo 64 caracteres.',
  'A passcode has at least 4 characters.': 'Un código de acceso tiene al menos 4 caracteres.',
  'The passcode is text.': 'El código de acceso es texto.',
  'A label can be at most 80 characters.': 'Una etiqueta puede tener como máximo 80 caracteres.',
  'The label is text.': 'La etiqueta es texto.',
  'includeNotes is true or false.': 'includeNotes es true o false.',
  'A share covers at most two years.': 'Un enlace compartido abarca como máximo dos años.',
  'A name can be at most 100 characters.': 'Un nombre puede tener como máximo 100 caracteres.',
  'Give the token a name.': 'Ponle un nombre al token.',
  'Scope is "read" or "read_write".': 'El alcance es "read" o "read_write".',
  'A token can live at most {{max}} days.': 'Un token dura como máximo {{max}} días.',
  'Choose a number of days from 1 to {{max}}.': 'Elige un número de días del 1 al {{max}}.',
  'Choose a whole number of days from 1 to {{max}}.': 'Elige un número entero de días del 1 al {{max}}.',

  // Trackers and treatments
  'Give the tracker a name.': 'Ponle un nombre al seguimiento.',
  'Kind is number, boolean or scale_0_10.': 'El tipo es number, boolean o scale_0_10.',
  'Use at most 20 characters for the unit.': 'Usa como máximo 20 caracteres para la unidad.',
  'Minimum must not be above maximum.': 'El mínimo no puede ser mayor que el máximo.',
  'Custom values are keyed by tracker id.': 'Los valores propios van por id de seguimiento.',
  'There is no tracker with this id.': 'No hay ningún seguimiento con este id.',
  '{{name}} is yes or no.': '{{name}}: sí o no.',
  '{{name}} is a whole number from 0 to 10.': '{{name}}: un número entero del 0 al 10.',
  '{{name}} is a number.': '{{name}}: un número.',
  'Unknown kind of treatment.': 'Tipo de tratamiento desconocido.',
  'Give the treatment a name.': 'Ponle un nombre al tratamiento.',
  'The end date must be on or after the start date.': 'La fecha de fin debe ser la de inicio o posterior.',

  // Safety check
  'pain_weeks must be {{max}} or less.': 'pain_weeks: como máximo {{max}}.',
  'pain_weeks must be 0 or more.': 'pain_weeks: como mínimo 0.',
  'pain_weeks must be a number.': 'pain_weeks: un número.',
  'Age must be {{max}} or less.': 'Edad: como máximo {{max}}.',
  'Age must be 0 or more.': 'Edad: como mínimo 0.',
  'Age must be a number.': 'Edad: un número.',

  // Field names that stand in the messages above (translated when a message names them)
  Pain: 'Dolor',
  'Worst pain': 'Dolor más fuerte',
  'Pain in an area': 'Dolor en una zona',
  'Morning stiffness': 'Rigidez matutina',
  'Sleep hours': 'Horas de sueño',
  'Sleep quality': 'Calidad del sueño',
  'Night wakings': 'Despertares nocturnos',
  Mood: 'Estado de ánimo',
  Stress: 'Estrés',
  'Hot flashes': 'Sofocos',
  'Activity minutes': 'Minutos de actividad',
  'Sitting hours': 'Horas sentada',
  'Glasses of water': 'Vasos de agua',
  'Weight (kg)': 'Peso (kg)',
  'Waist (cm)': 'Cintura (cm)',
  Rest: 'Descanso',
  Sets: 'Series',
  Seconds: 'Segundos',
  Repetitions: 'Repeticiones',
  'Effort (RPE)': 'Esfuerzo (RPE)',
  'Pain before': 'Dolor antes',
  'Pain after': 'Dolor después',
  Effort: 'Esfuerzo',
  'Lunch start': 'Inicio de la comida',
  'Lunch end': 'Fin de la comida',
  Start: 'Inicio',
  End: 'Fin',
  'Period length': 'Duración del periodo',
  'The number of pairs': 'El número de pares',
  Washout: 'Lavado',
};
