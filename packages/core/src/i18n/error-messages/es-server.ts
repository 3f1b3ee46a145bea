import type { MessageCatalogue } from './translate.js';

/** Spanish for the messages the server raises (keyed by their English text). */
export const esServer: MessageCatalogue = {
  // Every request
  'Some values are not valid.': 'Algunos valores no son válidos.',
  'Unknown field "{{field}}".': 'Campo desconocido "{{field}}".',
  'Invalid value.': 'Valor no válido.',
  'The request body is not valid JSON.': 'El contenido de la solicitud no es JSON válido.',
  'The request body is empty; send a JSON object.':
    'El contenido de la solicitud está vacío; envía un objeto JSON.',
  'Send the request body as JSON (Content-Type: application/json).':
    'Envía el contenido de la solicitud como JSON (Content-Type: application/json).',
  'The request body is too large.': 'El contenido de la solicitud es demasiado grande.',
  'The request body is not valid UTF-8 text.': 'El contenido de la solicitud no es texto UTF-8 válido.',
  'Some text holds characters that cannot be stored.':
    'Algún texto contiene caracteres que no se pueden guardar.',
  'Text may not contain NUL characters or unpaired surrogates.':
    'El texto no puede contener caracteres NUL ni sustitutos sin pareja.',
  'Nested too deeply.': 'Demasiados niveles anidados.',
  'Nested deeper than {{max}} levels.': 'Anidado en más de {{max}} niveles.',
  'Something went wrong on our side. Please try again.':
    'Algo ha fallado por nuestra parte. Inténtalo de nuevo.',
  'This request came from another site and was refused.':
    'Esta solicitud venía de otro sitio y se ha rechazado.',
  'Nothing here: {{method}} {{path}}': 'Aquí no hay nada: {{method}} {{path}}',
  'If-Match must be a record version in quotes, e.g. "3".':
    'If-Match debe ser un número de versión entre comillas, p. ej. "3".',
  'This was changed on another device since this change was made. Nothing was saved; the record as it is now is included.':
    'Esto se ha cambiado en otro dispositivo mientras tanto. No se ha guardado nada; se incluye el registro tal como está ahora.',
  "Your Spinekind server can't reach its database right now. Nothing was saved; try again in a moment.":
    'Tu servidor de Spinekind no puede acceder ahora a su base de datos. No se ha guardado nada; inténtalo de nuevo en un momento.',
  "Your Spinekind server's database took too long to answer. Nothing was saved; try again in a moment.":
    'La base de datos de tu servidor de Spinekind ha tardado demasiado en responder. No se ha guardado nada; inténtalo de nuevo en un momento.',
  "Your Spinekind server's database took too long to answer. Try again in a moment; if you were saving, it may already be saved.":
    'La base de datos de tu servidor de Spinekind ha tardado demasiado en responder. Inténtalo de nuevo en un momento; si estabas guardando algo, puede que ya esté guardado.',
  "Your Spinekind server's disk is full, so nothing new can be saved. Nothing was saved this time; whoever runs the server needs to free some space.":
    'El disco de tu servidor de Spinekind está lleno, así que no se puede guardar nada nuevo. Esta vez no se ha guardado nada; quien gestiona el servidor tiene que liberar espacio.',
  'Your Spinekind server is restarting. Nothing was saved; try again in a moment.':
    'Tu servidor de Spinekind se está reiniciando. No se ha guardado nada; inténtalo de nuevo en un momento.',
  'The server is busy right now. Please try again in a minute.':
    'El servidor está ocupado ahora mismo. Inténtalo de nuevo dentro de un minuto.',
  'You already have {{count}} reports or imports being prepared. Please wait a few seconds and try again.':
    'Ya se están preparando {{count}} informes o importaciones tuyos. Espera unos segundos e inténtalo de nuevo.',
  'A restore or import of your data is still running. Wait until it has finished, then try again.':
    'Todavía se está restaurando o importando tus datos. Espera a que termine e inténtalo de nuevo.',

  // Signing in, accounts, tokens
  'Too many attempts. Please wait {{seconds}} seconds and try again.':
    'Demasiados intentos. Espera {{seconds}} segundos e inténtalo de nuevo.',
  'Too many attempts. Please wait 1 second and try again.':
    'Demasiados intentos. Espera 1 segundo e inténtalo de nuevo.',
  'Too many attempts. Please wait {{minutes}} minutes and try again.':
    'Demasiados intentos. Espera {{minutes}} minutos e inténtalo de nuevo.',
  'Choose another password.': 'Elige otra contraseña.',
  'Please sign in.': 'Inicia sesión.',
  'This access token is not valid (it may have been revoked).':
    'Este token de acceso no es válido (puede que se haya revocado).',
  'Please enter your current password to do this.': 'Escribe tu contraseña actual para hacer esto.',
  'Wrong password.': 'Contraseña incorrecta.',
  'That email and password do not match an account.':
    'Ese correo y esa contraseña no coinciden con ninguna cuenta.',
  'An account with this email already exists. Try signing in.':
    'Ya existe una cuenta con este correo. Prueba a iniciar sesión.',
  'This email is already registered.': 'Este correo ya está registrado.',
  'An access token cannot do this. Sign in to the app instead.':
    'Un token de acceso no puede hacer esto. Inicia sesión en la aplicación.',
  'This access token can only read. Create a read and write token to change data.':
    'Este token de acceso solo puede leer. Crea un token de lectura y escritura para cambiar datos.',
  'Not a session id.': 'No es un id de sesión.',
  'That device is not signed in to your account.':
    'Ese dispositivo no tiene la sesión iniciada en tu cuenta.',
  'Not an invite id.': 'No es un id de invitación.',
  'Only the person who runs this server can do this.':
    'Solo la persona que gestiona este servidor puede hacer esto.',
  'There is no invite with this id.': 'No hay ninguna invitación con este id.',
  'This invite was used already; the account it made stays.':
    'Esta invitación ya se ha usado; la cuenta que se creó con ella se mantiene.',
  'That password is not right, so nothing was deleted.':
    'Esa contraseña no es correcta, así que no se ha borrado nada.',
  'That is not your current password.': 'Esa no es tu contraseña actual.',
  'This reset link has been used or has expired. Ask for a new one.':
    'Este enlace para restablecer la contraseña ya se ha usado o ha caducado. Pide uno nuevo.',
  'This link can no longer be used.': 'Este enlace ya no se puede usar.',
  'This server is not taking new accounts.': 'Este servidor no admite cuentas nuevas.',
  'You need an invite link to create an account here.':
    'Necesitas un enlace de invitación para crear una cuenta aquí.',
  'Open the invite link you were sent.': 'Abre el enlace de invitación que te enviaron.',
  'This invite link has been used or has expired. Ask for a new one.':
    'Este enlace de invitación ya se ha usado o ha caducado. Pide uno nuevo.',
  'This invite can no longer be used.': 'Esta invitación ya no se puede usar.',
  'Please enter your current password to create a token.':
    'Escribe tu contraseña actual para crear un token.',
  'That token does not exist (it may have been revoked already).':
    'Ese token no existe (puede que ya se haya revocado).',

  // Backups and exports
  'Expected a list.': 'Aquí va una lista.',
  'Expected an object.': 'Aquí va un objeto.',
  'Expected an ISO instant.': 'Aquí va un instante ISO.',
  'Expected an ISO instant or null.': 'Aquí va un instante ISO o null.',
  'Every backed-up item needs its id.': 'Cada elemento de la copia de seguridad necesita su id.',
  'This is not a Spinekind backup (format must be "{{format}}").':
    'Esto no es una copia de seguridad de Spinekind (format debe ser "{{format}}").',
  'Only backup version {{version}} can be restored.':
    'Solo se pueden restaurar copias de seguridad de la versión {{version}}.',
  'format is json, csv or fhir.': 'format es json, csv o fhir.',
  'type is one of {{types}}.': 'type es uno de estos: {{types}}.',
  'A CSV export needs a type (and only a CSV export takes one).':
    'Una exportación CSV necesita un type (y solo una exportación CSV lo admite).',
  'A backup can be at most {{mb}} MB (about {{checkins}} check-ins with their notes).':
    'Una copia de seguridad puede ocupar como máximo {{mb}} MB (unos {{checkins}} registros diarios con sus notas).',
  'The backup has invalid records; nothing was imported.':
    'La copia de seguridad tiene registros no válidos; no se ha importado nada.',
  'Unknown time zone.': 'Zona horaria desconocida.',
  'Unknown time zone; use an IANA name like Europe/London.':
    'Zona horaria desconocida; usa un nombre IANA como Europe/Madrid.',
  'paper is a4 or letter.': 'paper es a4 o letter.',
  'A report covers at most two years.': 'Un informe abarca como máximo dos años.',
  'Ask for at most 10 years at a time.': 'Pide como máximo 10 años a la vez.',

  // Records
  'That {{thing}} does not exist (it may have been deleted).':
    'Ese registro ({{thing}}) no existe (puede que se haya borrado).',
  'That checkin does not exist (it may have been deleted).':
    'Ese registro diario no existe (puede que se haya borrado).',
  'That exercise does not exist (it may have been deleted).':
    'Ese ejercicio no existe (puede que se haya borrado).',
  'That routine does not exist (it may have been deleted).':
    'Esa rutina no existe (puede que se haya borrado).',
  'That session does not exist (it may have been deleted).':
    'Esa sesión no existe (puede que se haya borrado).',
  'That treatment does not exist (it may have been deleted).':
    'Ese tratamiento no existe (puede que se haya borrado).',
  'That tracker does not exist (it may have been deleted).':
    'Ese seguimiento no existe (puede que se haya borrado).',
  'That period does not exist (it may have been deleted).':
    'Esa regla no existe (puede que se haya borrado).',
  'That answer does not exist (it may have been deleted).':
    'Esa respuesta no existe (puede que se haya borrado).',
  'That response does not exist (it may have been deleted).':
    'Esa respuesta no existe (puede que se haya borrado).',
  'That screening does not exist (it may have been deleted).':
    'Esa comprobación de seguridad no existe (puede que se haya borrado).',
  'That check does not exist (it may have been deleted).':
    'Esa comprobación no existe (puede que se haya borrado).',
  'That entry does not exist (it may have been deleted).':
    'Ese registro no existe (puede que se haya borrado).',
  "A check-in can't be recorded in the future.": 'Un registro diario no puede estar en el futuro.',
  'There is no checklist item with this id.': 'No hay ningún punto de la lista con este id.',
  'There is no exercise with this id.': 'No hay ningún ejercicio con este id.',
  'There is no custom exercise with this id.': 'No hay ningún ejercicio propio con este id.',
  "A session can't start in the future.": 'Una sesión no puede empezar en el futuro.',
  'There is no custom routine with this id.': 'No hay ninguna rutina propia con este id.',
  'There is no lesson with this id.': 'No hay ninguna lección con este id.',
  'There is no programme with this id.': 'No hay ningún programa con este id.',
  'You are not following this programme.': 'No estás siguiendo este programa.',
  'There is no questionnaire called "{{id}}".': 'No hay ningún cuestionario llamado "{{id}}".',
  'Some answers are not valid.': 'Algunas respuestas no son válidas.',
  'There is no such reminder to bring back later.':
    'No existe ese recordatorio para volver a mostrarlo más tarde.',

  // Break reminders and calendar
  'A snooze now would end outside your work hours.':
    'Si pospones ahora, terminaría fuera de tu horario de trabajo.',
  'Work ends before then; your next reminder comes on your next work day.':
    'Tu jornada termina antes; el próximo recordatorio llegará tu próximo día laborable.',
  '`from` must be before `to`.': '`from` debe ser anterior a `to`.',
  'Ask for at most {{max}} days at a time.': 'Pide como máximo {{max}} días a la vez.',
  'Action is taken, snoozed or skipped.': 'La acción es taken, snoozed o skipped.',
  'This calendar link is not valid (it may have been replaced).':
    'Este enlace de calendario no es válido (puede que se haya sustituido).',
  'There is no calendar link to turn off.': 'No hay ningún enlace de calendario que desactivar.',

  // Experiments
  'There is no experiment with this id.': 'No hay ningún experimento con este id.',
  'This experiment is {{status}}: nothing to do today.':
    'Este experimento está {{status}}: hoy no hay nada que hacer.',
  'This experiment is running: nothing to do today.':
    'Este experimento está en curso: hoy no hay nada que hacer.',
  'This experiment is planned: nothing to do today.':
    'Este experimento está planificado: hoy no hay nada que hacer.',
  'This experiment is paused: nothing to do today.':
    'Este experimento está en pausa: hoy no hay nada que hacer.',
  'This experiment is stopped: nothing to do today.':
    'Este experimento está detenido: hoy no hay nada que hacer.',
  'This experiment is done: nothing to do today.':
    'Este experimento ha terminado: hoy no hay nada que hacer.',
  'Answer for a day of the experiment, up to today.': 'Responde por un día del experimento, hasta hoy.',
  'Use a date from {{from}} to {{to}}.': 'Usa una fecha del {{from}} al {{to}}.',
  'This experiment was stopped.': 'Este experimento se detuvo.',
  'This experiment is paused after your red-flag check.':
    'Este experimento está en pausa después de tu comprobación de señales de alarma.',
  'The first result is ready after {{date}}.': 'El primer resultado estará listo después del {{date}}.',
  'Choose one of your trackers.': 'Elige uno de tus seguimientos.',

  // Imports
  'The file could not be read as {{what}} ({{why}}). Nothing was imported.':
    'No se ha podido leer el archivo como {{what}} ({{why}}). No se ha importado nada.',
  'The file is empty. Nothing was imported.': 'El archivo está vacío. No se ha importado nada.',
  '{{count}} rows of the file have problems, so nothing was imported. Fix them, or import the other rows.':
    '{{count}} filas del archivo tienen problemas, así que no se ha importado nada. Corrígelas o importa las demás filas.',
  'This zip holds no Fitbit "Global Export Data" files. Choose the Takeout zip as Google sent it. Nothing was imported.':
    'Este zip no contiene archivos de Fitbit "Global Export Data". Elige el zip de Takeout tal como lo envió Google. No se ha importado nada.',
  'This zip holds no Health Connect database (a .db file). Choose "Health Connect.zip" as your phone saved it. Nothing was imported.':
    'Este zip no contiene ninguna base de datos de Health Connect (un archivo .db). Elige "Health Connect.zip" tal como lo guardó tu móvil. No se ha importado nada.',
  'Send the export as the request body (text/csv, application/json or application/zip) or a form with the field "file".':
    'Envía la exportación como contenido de la solicitud (text/csv, application/json o application/zip) o como formulario con el campo "file".',
  'Only check-ins can be imported from CSV.': 'Desde CSV solo se pueden importar registros diarios.',
  'Every date in this file could be day/month or month/day. Say which, and import again.':
    'Todas las fechas de este archivo podrían ser día/mes o mes/día. Indica cuál es e importa de nuevo.',
  'One of {{choices}}.': 'Uno de estos: {{choices}}.',
  'Choose the columns for the date and the pain score.':
    'Elige las columnas de la fecha y del nivel de dolor.',
  'Required.': 'Obligatorio.',
  '{{count}} rows have problems; nothing was imported.':
    '{{count}} filas tienen problemas; no se ha importado nada.',
  'Import at most 8 MB of CSV at a time.': 'Importa como máximo 8 MB de CSV a la vez.',
  'The file is empty.': 'El archivo está vacío.',
  'utcOffset looks like +01:00 or -05:00.': 'utcOffset tiene la forma +01:00 o -05:00.',
  'The file could not be read as CSV: {{why}}': 'No se ha podido leer el archivo como CSV: {{why}}',
  'There is no field called "{{field}}".': 'No hay ningún campo llamado "{{field}}".',
  'The file has no column called "{{column}}".': 'El archivo no tiene ninguna columna llamada "{{column}}".',
  '"{{column}}" already feeds {{field}}.': '"{{column}}" ya se usa para {{field}}.',
  'Import at most {{max}} rows at a time.': 'Importa como máximo {{max}} filas a la vez.',
  'The column mapping does not fit this file.': 'La asignación de columnas no encaja con este archivo.',
  '"{{written}}" is not a {{format}} date.': '"{{written}}" no es una fecha con formato {{format}}.',
  'This id is already used in row {{row}}.': 'Este id ya se usa en la fila {{row}}.',
  'Same check-in as row {{row}}.': 'Mismo registro diario que la fila {{row}}.',
  '"{{name}}" has two values at {{when}}: {{first}} (row {{row}}) and {{second}}.':
    '"{{name}}" tiene dos valores el {{when}}: {{first}} (fila {{row}}) y {{second}}.',
  'Some 0–10 columns hold only values from 1 to 5. Say how to read each, and import again.':
    'Algunas columnas del 0 al 10 solo tienen valores del 1 al 5. Indica cómo leer cada una e importa de nuevo.',
  'The pain score has no number in valueQuantity or valueInteger.':
    'El nivel de dolor no tiene ningún número en valueQuantity ni en valueInteger.',
  '{{value}} is not a pain score from 0 to 10.': '{{value}} no es un nivel de dolor del 0 al 10.',
  'The pain score needs a date and time with its UTC offset (effectiveDateTime), not "{{at}}".':
    'El nivel de dolor necesita fecha y hora con su desfase UTC (effectiveDateTime), no "{{at}}".',
  "The pain score's time {{at}} is in the future.": 'La hora del nivel de dolor, {{at}}, está en el futuro.',
  'This is not a Health Connect export: its zip holds the Health Connect SQLite database. Nothing was imported.':
    'Esto no es una exportación de Health Connect: su zip contiene la base de datos SQLite de Health Connect. No se ha importado nada.',
  'Send export.xml (application/xml), export.zip (application/zip) or a form with the field "file".':
    'Envía export.xml (application/xml), export.zip (application/zip) o un formulario con el campo "file".',
  'The file is larger than {{gb}} GB, the most this server accepts.':
    'El archivo ocupa más de {{gb}} GB, el máximo que admite este servidor.',
  'The file is empty. Choose export.zip or export.xml.':
    'El archivo está vacío. Elige export.zip o export.xml.',
  'Send the export as the form field "file".': 'Envía la exportación en el campo "file" del formulario.',
  'Missing.': 'Falta.',
  'The upload could not be read as a form: its multipart boundary is missing, broken or cut short.':
    'No se ha podido leer la subida como formulario: su delimitador multipart falta, está dañado o cortado.',
  'The file is not valid XML, so nothing was imported ({{where}}).':
    'El archivo no es XML válido, así que no se ha importado nada ({{where}}).',
  'This is not an Apple Health export: export.xml starts with <HealthData>. Nothing was imported.':
    'Esto no es una exportación de Apple Salud: export.xml empieza por <HealthData>. No se ha importado nada.',
  'This ZIP file has no export.xml inside. Export again from the Health app and upload export.zip as it is.':
    'Este archivo ZIP no contiene export.xml. Vuelve a exportar desde la app Salud y sube export.zip tal cual.',
  'This file could not be read as a ZIP archive. Nothing was imported.':
    'No se ha podido leer este archivo como archivo ZIP. No se ha importado nada.',

  // Share links and push
  'This link is no longer available. It may have expired or been turned off; ask for a new one.':
    'Este enlace ya no está disponible. Puede que haya caducado o se haya desactivado; pide uno nuevo.',
  'There is no such share link.': 'No existe ese enlace para compartir.',
  'This link needs the passcode you were given with it.':
    'Este enlace necesita el código de acceso que te dieron con él.',
  'That passcode is not right. {{count}} tries are left before the link closes.':
    'Ese código de acceso no es correcto. Quedan {{count}} intentos antes de que el enlace se cierre.',
  'That passcode is not right. 1 try is left before the link closes.':
    'Ese código de acceso no es correcto. Queda 1 intento antes de que el enlace se cierre.',
  'That passcode is not right, and the link is now closed. Ask for a new one.':
    'Ese código de acceso no es correcto y el enlace ya está cerrado. Pide uno nuevo.',
  '`from` must be on or before `to` (without `to`, the share ends today).':
    '`from` debe ser el mismo día que `to` o anterior (sin `to`, lo compartido termina hoy).',
  'That device is not subscribed (it may have been removed already).':
    'Ese dispositivo no está suscrito (puede que ya se haya quitado).',
};
