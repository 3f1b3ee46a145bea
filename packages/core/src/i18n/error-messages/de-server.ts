import type { MessageCatalogue } from './translate.js';

/** German for the messages the server raises (keyed by their English text). */
export const deServer: MessageCatalogue = {
  // Every request
  'Some values are not valid.': 'Einige Angaben sind ungültig.',
  'Unknown field "{{field}}".': 'Unbekanntes Feld "{{field}}".',
  'Invalid value.': 'Ungültiger Wert.',
  'The request body is not valid JSON.': 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  'The request body is empty; send a JSON object.':
    'Der Inhalt der Anfrage ist leer; schick ein JSON-Objekt.',
  'Send the request body as JSON (Content-Type: application/json).':
    'Schick den Inhalt der Anfrage als JSON (Content-Type: application/json).',
  'The request body is too large.': 'Der Inhalt der Anfrage ist zu groß.',
  'The request body is not valid UTF-8 text.': 'Der Inhalt der Anfrage ist kein gültiger UTF-8-Text.',
  'Some text holds characters that cannot be stored.':
    'Ein Text enthält Zeichen, die nicht gespeichert werden können.',
  'Text may not contain NUL characters or unpaired surrogates.':
    'Text darf keine NUL-Zeichen oder ungepaarten Surrogate enthalten.',
  'Nested too deeply.': 'Zu tief verschachtelt.',
  'Nested deeper than {{max}} levels.': 'Tiefer als {{max}} Ebenen verschachtelt.',
  'Something went wrong on our side. Please try again.':
    'Bei uns ist etwas schiefgegangen. Bitte versuch es noch einmal.',
  'This request came from another site and was refused.':
    'Diese Anfrage kam von einer anderen Website und wurde abgelehnt.',
  'Nothing here: {{method}} {{path}}': 'Hier ist nichts: {{method}} {{path}}',
  'If-Match must be a record version in quotes, e.g. "3".':
    'If-Match muss eine Versionsnummer in Anführungszeichen sein, z. B. "3".',
  'This was changed on another device since this change was made. Nothing was saved; the record as it is now is included.':
    'Das wurde inzwischen auf einem anderen Gerät geändert. Nichts wurde gespeichert; der aktuelle Stand ist beigefügt.',
  "Your Spinekind server can't reach its database right now. Nothing was saved; try again in a moment.":
    'Dein Spinekind-Server erreicht gerade seine Datenbank nicht. Nichts wurde gespeichert; versuch es gleich noch einmal.',
  "Your Spinekind server's database took too long to answer. Nothing was saved; try again in a moment.":
    'Die Datenbank deines Spinekind-Servers hat zu lange für die Antwort gebraucht. Nichts wurde gespeichert; versuch es gleich noch einmal.',
  "Your Spinekind server's database took too long to answer. Try again in a moment; if you were saving, it may already be saved.":
    'Die Datenbank deines Spinekind-Servers hat zu lange für die Antwort gebraucht. Versuch es gleich noch einmal; falls du gerade gespeichert hast, ist es vielleicht schon gespeichert.',
  "Your Spinekind server's disk is full, so nothing new can be saved. Nothing was saved this time; whoever runs the server needs to free some space.":
    'Der Speicher deines Spinekind-Servers ist voll, deshalb kann nichts Neues gespeichert werden. Diesmal wurde nichts gespeichert; wer den Server betreibt, muss Platz schaffen.',
  'Your Spinekind server is restarting. Nothing was saved; try again in a moment.':
    'Dein Spinekind-Server startet gerade neu. Nichts wurde gespeichert; versuch es gleich noch einmal.',
  'The server is busy right now. Please try again in a minute.':
    'Der Server ist gerade ausgelastet. Bitte versuch es in einer Minute noch einmal.',
  'You already have {{count}} reports or imports being prepared. Please wait a few seconds and try again.':
    'Für dich werden schon {{count}} Berichte oder Importe vorbereitet. Bitte warte ein paar Sekunden und versuch es dann noch einmal.',
  'A restore or import of your data is still running. Wait until it has finished, then try again.':
    'Eine Wiederherstellung oder ein Import deiner Daten läuft noch. Warte, bis sie fertig ist, und versuch es dann noch einmal.',

  // Signing in, accounts, tokens
  'Too many attempts. Please wait {{seconds}} seconds and try again.':
    'Zu viele Versuche. Bitte warte {{seconds}} Sekunden und versuch es dann noch einmal.',
  'Too many attempts. Please wait 1 second and try again.':
    'Zu viele Versuche. Bitte warte 1 Sekunde und versuch es dann noch einmal.',
  'Too many attempts. Please wait {{minutes}} minutes and try again.':
    'Zu viele Versuche. Bitte warte {{minutes}} Minuten und versuch es dann noch einmal.',
  'Choose another password.': 'Wähle ein anderes Passwort.',
  'Please sign in.': 'Bitte melde dich an.',
  'This access token is not valid (it may have been revoked).':
    'Dieses Zugriffstoken ist ungültig (vielleicht wurde es widerrufen).',
  'Please enter your current password to do this.': 'Bitte gib dafür dein aktuelles Passwort ein.',
  'Wrong password.': 'Falsches Passwort.',
  'That email and password do not match an account.':
    'Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto.',
  'An account with this email already exists. Try signing in.':
    'Es gibt schon ein Konto mit dieser E-Mail-Adresse. Versuch, dich anzumelden.',
  'This email is already registered.': 'Diese E-Mail-Adresse ist schon registriert.',
  'An access token cannot do this. Sign in to the app instead.':
    'Das kann ein Zugriffstoken nicht. Melde dich stattdessen in der App an.',
  'This access token can only read. Create a read and write token to change data.':
    'Dieses Zugriffstoken kann nur lesen. Erstelle ein Token zum Lesen und Schreiben, um Daten zu ändern.',
  'Not a session id.': 'Keine Sitzungs-id.',
  'That device is not signed in to your account.': 'Dieses Gerät ist nicht in deinem Konto angemeldet.',
  'Not an invite id.': 'Keine Einladungs-id.',
  'Only the person who runs this server can do this.': 'Das kann nur die Person, die diesen Server betreibt.',
  'There is no invite with this id.': 'Es gibt keine Einladung mit dieser id.',
  'This invite was used already; the account it made stays.':
    'Diese Einladung wurde schon benutzt; das damit erstellte Konto bleibt bestehen.',
  'That password is not right, so nothing was deleted.':
    'Das Passwort stimmt nicht, deshalb wurde nichts gelöscht.',
  'That is not your current password.': 'Das ist nicht dein aktuelles Passwort.',
  'This reset link has been used or has expired. Ask for a new one.':
    'Dieser Link zum Zurücksetzen wurde schon benutzt oder ist abgelaufen. Fordere einen neuen an.',
  'This link can no longer be used.': 'Dieser Link kann nicht mehr benutzt werden.',
  'This server is not taking new accounts.': 'Dieser Server nimmt keine neuen Konten an.',
  'You need an invite link to create an account here.':
    'Um hier ein Konto zu erstellen, brauchst du einen Einladungslink.',
  'Open the invite link you were sent.': 'Öffne den Einladungslink, den du bekommen hast.',
  'This invite link has been used or has expired. Ask for a new one.':
    'Dieser Einladungslink wurde schon benutzt oder ist abgelaufen. Bitte um einen neuen.',
  'This invite can no longer be used.': 'Diese Einladung kann nicht mehr benutzt werden.',
  'Please enter your current password to create a token.':
    'Bitte gib dein aktuelles Passwort ein, um ein Token zu erstellen.',
  'That token does not exist (it may have been revoked already).':
    'Dieses Token gibt es nicht (vielleicht wurde es schon widerrufen).',

  // Backups and exports
  'Expected a list.': 'Hier gehört eine Liste hin.',
  'Expected an object.': 'Hier gehört ein Objekt hin.',
  'Expected an ISO instant.': 'Hier gehört ein ISO-Zeitpunkt hin.',
  'Expected an ISO instant or null.': 'Hier gehört ein ISO-Zeitpunkt oder null hin.',
  'Every backed-up item needs its id.': 'Jeder gesicherte Eintrag braucht seine id.',
  'This is not a Spinekind backup (format must be "{{format}}").':
    'Das ist keine Spinekind-Sicherung (format muss "{{format}}" sein).',
  'Only backup version {{version}} can be restored.':
    'Nur Sicherungen der Version {{version}} können wiederhergestellt werden.',
  'format is json, csv or fhir.': 'format ist json, csv oder fhir.',
  'type is one of {{types}}.': 'type ist eines von: {{types}}.',
  'A CSV export needs a type (and only a CSV export takes one).':
    'Ein CSV-Export braucht einen type (und nur ein CSV-Export nimmt einen an).',
  'A backup can be at most {{mb}} MB (about {{checkins}} check-ins with their notes).':
    'Eine Sicherung darf höchstens {{mb}} MB groß sein (etwa {{checkins}} Einträge mit ihren Notizen).',
  'The backup has invalid records; nothing was imported.':
    'Die Sicherung enthält ungültige Einträge; es wurde nichts importiert.',
  'Unknown time zone.': 'Unbekannte Zeitzone.',
  'Unknown time zone; use an IANA name like Europe/London.':
    'Unbekannte Zeitzone; verwende einen IANA-Namen wie Europe/Berlin.',
  'paper is a4 or letter.': 'paper ist a4 oder letter.',
  'A report covers at most two years.': 'Ein Bericht umfasst höchstens zwei Jahre.',
  'Ask for at most 10 years at a time.': 'Frag höchstens 10 Jahre auf einmal ab.',

  // Records
  'That {{thing}} does not exist (it may have been deleted).':
    'Diesen Eintrag ({{thing}}) gibt es nicht (vielleicht wurde er gelöscht).',
  'That checkin does not exist (it may have been deleted).':
    'Diesen Eintrag gibt es nicht (vielleicht wurde er gelöscht).',
  'That exercise does not exist (it may have been deleted).':
    'Diese Übung gibt es nicht (vielleicht wurde sie gelöscht).',
  'That routine does not exist (it may have been deleted).':
    'Diese Routine gibt es nicht (vielleicht wurde sie gelöscht).',
  'That session does not exist (it may have been deleted).':
    'Diese Übungseinheit gibt es nicht (vielleicht wurde sie gelöscht).',
  'That treatment does not exist (it may have been deleted).':
    'Diese Behandlung gibt es nicht (vielleicht wurde sie gelöscht).',
  'That tracker does not exist (it may have been deleted).':
    'Diesen Tracker gibt es nicht (vielleicht wurde er gelöscht).',
  'That period does not exist (it may have been deleted).':
    'Diese Periode gibt es nicht (vielleicht wurde sie gelöscht).',
  'That answer does not exist (it may have been deleted).':
    'Diese Antwort gibt es nicht (vielleicht wurde sie gelöscht).',
  'That response does not exist (it may have been deleted).':
    'Diese Antwort gibt es nicht (vielleicht wurde sie gelöscht).',
  'That screening does not exist (it may have been deleted).':
    'Diesen Sicherheitscheck gibt es nicht (vielleicht wurde er gelöscht).',
  'That check does not exist (it may have been deleted).':
    'Diesen Check gibt es nicht (vielleicht wurde er gelöscht).',
  'That entry does not exist (it may have been deleted).':
    'Diesen Eintrag gibt es nicht (vielleicht wurde er gelöscht).',
  "A check-in can't be recorded in the future.": 'Ein Eintrag kann nicht in der Zukunft liegen.',
  'There is no checklist item with this id.': 'Es gibt keinen Checklisten-Punkt mit dieser id.',
  'There is no exercise with this id.': 'Es gibt keine Übung mit dieser id.',
  'There is no custom exercise with this id.': 'Es gibt keine eigene Übung mit dieser id.',
  "A session can't start in the future.": 'Eine Übungseinheit kann nicht in der Zukunft beginnen.',
  'There is no custom routine with this id.': 'Es gibt keine eigene Routine mit dieser id.',
  'There is no lesson with this id.': 'Es gibt keine Lektion mit dieser id.',
  'There is no programme with this id.': 'Es gibt kein Programm mit dieser id.',
  'You are not following this programme.': 'Du folgst diesem Programm nicht.',
  'There is no questionnaire called "{{id}}".': 'Es gibt keinen Fragebogen namens "{{id}}".',
  'Some answers are not valid.': 'Einige Antworten sind ungültig.',
  'There is no such reminder to bring back later.':
    'Diese Erinnerung gibt es nicht, um sie später zu zeigen.',

  // Break reminders and calendar
  'A snooze now would end outside your work hours.':
    'Ein Verschieben würde jetzt außerhalb deiner Arbeitszeit enden.',
  'Work ends before then; your next reminder comes on your next work day.':
    'Deine Arbeitszeit endet vorher; die nächste Erinnerung kommt an deinem nächsten Arbeitstag.',
  '`from` must be before `to`.': '`from` muss vor `to` liegen.',
  'Ask for at most {{max}} days at a time.': 'Frag höchstens {{max}} Tage auf einmal ab.',
  'Action is taken, snoozed or skipped.': 'Aktion ist taken, snoozed oder skipped.',
  'This calendar link is not valid (it may have been replaced).':
    'Dieser Kalenderlink ist ungültig (vielleicht wurde er ersetzt).',
  'There is no calendar link to turn off.': 'Es gibt keinen Kalenderlink zum Ausschalten.',

  // Experiments
  'There is no experiment with this id.': 'Es gibt kein Experiment mit dieser id.',
  'This experiment is {{status}}: nothing to do today.':
    'Dieses Experiment ist {{status}}: heute ist nichts zu tun.',
  'This experiment is running: nothing to do today.': 'Dieses Experiment läuft: heute ist nichts zu tun.',
  'This experiment is planned: nothing to do today.':
    'Dieses Experiment ist geplant: heute ist nichts zu tun.',
  'This experiment is paused: nothing to do today.':
    'Dieses Experiment ist pausiert: heute ist nichts zu tun.',
  'This experiment is stopped: nothing to do today.':
    'Dieses Experiment ist beendet: heute ist nichts zu tun.',
  'This experiment is done: nothing to do today.':
    'Dieses Experiment ist abgeschlossen: heute ist nichts zu tun.',
  'Answer for a day of the experiment, up to today.': 'Antworte für einen Tag des Experiments, bis heute.',
  'Use a date from {{from}} to {{to}}.': 'Verwende ein Datum vom {{from}} bis {{to}}.',
  'This experiment was stopped.': 'Dieses Experiment wurde beendet.',
  'This experiment is paused after your red-flag check.':
    'Dieses Experiment ist nach deinem Warnzeichen-Check pausiert.',
  'The first result is ready after {{date}}.': 'Das erste Ergebnis gibt es nach dem {{date}}.',
  'Choose one of your trackers.': 'Wähle einen deiner Tracker.',

  // Imports
  'The file could not be read as {{what}} ({{why}}). Nothing was imported.':
    'Die Datei konnte nicht als {{what}} gelesen werden ({{why}}). Es wurde nichts importiert.',
  'The file is empty. Nothing was imported.': 'Die Datei ist leer. Es wurde nichts importiert.',
  '{{count}} rows of the file have problems, so nothing was imported. Fix them, or import the other rows.':
    '{{count}} Zeilen der Datei haben Fehler, deshalb wurde nichts importiert. Korrigiere sie oder importiere die übrigen Zeilen.',
  'This zip holds no Fitbit "Global Export Data" files. Choose the Takeout zip as Google sent it. Nothing was imported.':
    'Diese ZIP-Datei enthält keine Fitbit-Dateien aus "Global Export Data". Wähle die Takeout-ZIP-Datei so, wie Google sie geschickt hat. Es wurde nichts importiert.',
  'This zip holds no Health Connect database (a .db file). Choose "Health Connect.zip" as your phone saved it. Nothing was imported.':
    'Diese ZIP-Datei enthält keine Health-Connect-Datenbank (eine .db-Datei). Wähle "Health Connect.zip" so, wie dein Handy sie gespeichert hat. Es wurde nichts importiert.',
  'Send the export as the request body (text/csv, application/json or application/zip) or a form with the field "file".':
    'Schick den Export als Inhalt der Anfrage (text/csv, application/json oder application/zip) oder als Formular mit dem Feld "file".',
  'Only check-ins can be imported from CSV.': 'Aus CSV können nur Einträge importiert werden.',
  'Every date in this file could be day/month or month/day. Say which, and import again.':
    'Jedes Datum in dieser Datei könnte Tag/Monat oder Monat/Tag sein. Gib an, was gilt, und importiere noch einmal.',
  'One of {{choices}}.': 'Eines von: {{choices}}.',
  'Choose the columns for the date and the pain score.':
    'Wähle die Spalten für das Datum und den Schmerzwert.',
  'Required.': 'Pflichtangabe.',
  '{{count}} rows have problems; nothing was imported.':
    '{{count}} Zeilen haben Fehler; es wurde nichts importiert.',
  'Import at most 8 MB of CSV at a time.': 'Importiere höchstens 8 MB CSV auf einmal.',
  'The file is empty.': 'Die Datei ist leer.',
  'utcOffset looks like +01:00 or -05:00.': 'utcOffset sieht so aus: +01:00 oder -05:00.',
  'The file could not be read as CSV: {{why}}': 'Die Datei konnte nicht als CSV gelesen werden: {{why}}',
  'There is no field called "{{field}}".': 'Es gibt kein Feld namens "{{field}}".',
  'The file has no column called "{{column}}".': 'Die Datei hat keine Spalte namens "{{column}}".',
  '"{{column}}" already feeds {{field}}.': '"{{column}}" ist schon {{field}} zugeordnet.',
  'Import at most {{max}} rows at a time.': 'Importiere höchstens {{max}} Zeilen auf einmal.',
  'The column mapping does not fit this file.': 'Die Zuordnung der Spalten passt nicht zu dieser Datei.',
  '"{{written}}" is not a {{format}} date.': '"{{written}}" ist kein Datum im Format {{format}}.',
  'This id is already used in row {{row}}.': 'Diese id wird schon in Zeile {{row}} verwendet.',
  'Same check-in as row {{row}}.': 'Derselbe Eintrag wie in Zeile {{row}}.',
  '"{{name}}" has two values at {{when}}: {{first}} (row {{row}}) and {{second}}.':
    '"{{name}}" hat zwei Werte am {{when}}: {{first}} (Zeile {{row}}) und {{second}}.',
  'Some 0–10 columns hold only values from 1 to 5. Say how to read each, and import again.':
    'Einige Spalten für 0 bis 10 enthalten nur Werte von 1 bis 5. Gib bei jeder an, wie sie gelesen werden soll, und importiere noch einmal.',
  'The pain score has no number in valueQuantity or valueInteger.':
    'Der Schmerzwert hat keine Zahl in valueQuantity oder valueInteger.',
  '{{value}} is not a pain score from 0 to 10.': '{{value}} ist kein Schmerzwert von 0 bis 10.',
  'The pain score needs a date and time with its UTC offset (effectiveDateTime), not "{{at}}".':
    'Der Schmerzwert braucht Datum und Uhrzeit mit UTC-Versatz (effectiveDateTime), nicht "{{at}}".',
  "The pain score's time {{at}} is in the future.":
    'Die Zeit des Schmerzwerts, {{at}}, liegt in der Zukunft.',
  'This is not a Health Connect export: its zip holds the Health Connect SQLite database. Nothing was imported.':
    'Das ist kein Health-Connect-Export: Dessen ZIP-Datei enthält die SQLite-Datenbank von Health Connect. Es wurde nichts importiert.',
  'Send export.xml (application/xml), export.zip (application/zip) or a form with the field "file".':
    'Schick export.xml (application/xml), export.zip (application/zip) oder ein Formular mit dem Feld "file".',
  'The file is larger than {{gb}} GB, the most this server accepts.':
    'Die Datei ist größer als {{gb}} GB, das Höchste, was dieser Server annimmt.',
  'The file is empty. Choose export.zip or export.xml.':
    'Die Datei ist leer. Wähle export.zip oder export.xml.',
  'Send the export as the form field "file".': 'Schick den Export im Formularfeld "file".',
  'Missing.': 'Fehlt.',
  'The upload could not be read as a form: its multipart boundary is missing, broken or cut short.':
    'Der Upload konnte nicht als Formular gelesen werden: Seine Multipart-Grenze fehlt, ist beschädigt oder abgeschnitten.',
  'The file is not valid XML, so nothing was imported ({{where}}).':
    'Die Datei ist kein gültiges XML, deshalb wurde nichts importiert ({{where}}).',
  'This is not an Apple Health export: export.xml starts with <HealthData>. Nothing was imported.':
    'Das ist kein Apple-Health-Export: export.xml beginnt mit <HealthData>. Es wurde nichts importiert.',
  'This ZIP file has no export.xml inside. Export again from the Health app and upload export.zip as it is.':
    'In dieser ZIP-Datei ist keine export.xml. Exportiere noch einmal aus der Health-App und lade export.zip unverändert hoch.',
  'This file could not be read as a ZIP archive. Nothing was imported.':
    'Diese Datei konnte nicht als ZIP-Archiv gelesen werden. Es wurde nichts importiert.',

  // Share links and push
  'This link is no longer available. It may have expired or been turned off; ask for a new one.':
    'Dieser Link ist nicht mehr verfügbar. Vielleicht ist er abgelaufen oder wurde ausgeschaltet; bitte um einen neuen.',
  'There is no such share link.': 'Diesen Freigabelink gibt es nicht.',
  'This link needs the passcode you were given with it.':
    'Dieser Link braucht den Zugangscode, den du dazu bekommen hast.',
  'That passcode is not right. {{count}} tries are left before the link closes.':
    'Der Zugangscode stimmt nicht. Es bleiben {{count}} Versuche, bevor der Link gesperrt wird.',
  'That passcode is not right. 1 try is left before the link closes.':
    'Der Zugangscode stimmt nicht. Es bleibt 1 Versuch, bevor der Link gesperrt wird.',
  'That passcode is not right, and the link is now closed. Ask for a new one.':
    'Der Zugangscode stimmt nicht, und der Link ist jetzt gesperrt. Bitte um einen neuen.',
  '`from` must be on or before `to` (without `to`, the share ends today).':
    '`from` muss am selben Tag wie `to` oder davor liegen (ohne `to` endet die Freigabe heute).',
  'That device is not subscribed (it may have been removed already).':
    'Dieses Gerät ist nicht angemeldet (vielleicht wurde es schon entfernt).',
};
