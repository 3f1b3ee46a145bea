import type { MessageCatalogue } from './translate.js';

/** German for the messages of core's schemas and rules (keyed by their English text). */
export const deSchemas: MessageCatalogue = {
  // Accounts and sign-in
  'Enter your current password.': 'Gib dein aktuelles Passwort ein.',
  'An invite lasts at most {{max}} days.': 'Eine Einladung gilt höchstens {{max}} Tage.',
  'An invite lasts at least 1 day.': 'Eine Einladung gilt mindestens 1 Tag.',
  'Give the number of days as a whole number.': 'Gib die Zahl der Tage als ganze Zahl an.',
  'Use at least {{min}} characters. A few unrelated words are easy to remember.':
    'Verwende mindestens {{min}} Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, kann man sich gut merken.',
  'Use at most {{max}} characters.': 'Verwende höchstens {{max}} Zeichen.',
  'Leave your email address out of your password.': 'Deine E-Mail-Adresse darf nicht im Passwort vorkommen.',
  'This is one of the most common passwords. Try three or four unrelated words.':
    'Das ist eines der häufigsten Passwörter. Versuch es mit drei oder vier Wörtern, die nichts miteinander zu tun haben.',
  'This password would be easy to guess. Try three or four unrelated words.':
    'Dieses Passwort wäre leicht zu erraten. Versuch es mit drei oder vier Wörtern, die nichts miteinander zu tun haben.',
  'That email address is too long.': 'Diese E-Mail-Adresse ist zu lang.',
  'Enter an email address like name@example.com.': 'Gib eine E-Mail-Adresse wie name@example.com ein.',
  'This link is not valid.': 'Dieser Link ist ungültig.',
  'This link is not complete.': 'Dieser Link ist unvollständig.',
  'Enter your password.': 'Gib dein Passwort ein.',
  'Choose one of the languages: en, de or es.': 'Wähle eine der Sprachen: en, de oder es.',

  // Shared shapes
  'id must be a UUID.': 'id muss eine UUID sein.',
  'id is a UUID made by the app.': 'id ist eine UUID, die die App erzeugt.',
  '`from` must be on or before `to`.': '`from` muss am selben Tag wie `to` oder davor liegen.',
  'Use a date between the years 1900 and 2999.': 'Verwende ein Datum zwischen den Jahren 1900 und 2999.',
  'Use a date like 2026-03-14.': 'Verwende ein Datum wie 2026-03-14.',
  'Use a time between the years 1900 and 2999.':
    'Verwende einen Zeitpunkt zwischen den Jahren 1900 und 2999.',
  'Use an ISO-8601 date and time with an offset, like 2026-03-14T08:30:00+01:00.':
    'Verwende Datum und Uhrzeit nach ISO 8601 mit Zeitverschiebung, etwa 2026-03-14T08:30:00+01:00.',
  'Unknown time zone; use an IANA name like Europe/London or America/New_York.':
    'Unbekannte Zeitzone; verwende einen IANA-Namen wie Europe/Berlin oder America/New_York.',
  'Unknown time zone: {{zone}}.': 'Unbekannte Zeitzone: {{zone}}.',
  'Use an IANA name like Europe/London.': 'Verwende einen IANA-Namen wie Europe/Berlin.',
  'Use at most 60 characters.': 'Verwende höchstens 60 Zeichen.',
  'Use at most 80 characters.': 'Verwende höchstens 80 Zeichen.',
  'Use at most 100 characters.': 'Verwende höchstens 100 Zeichen.',
  'Use at most 200 characters.': 'Verwende höchstens 200 Zeichen.',
  'Use at most 2000 characters.': 'Verwende höchstens 2000 Zeichen.',
  'Notes can be at most {{max}} characters.': 'Notizen dürfen höchstens {{max}} Zeichen lang sein.',
  'Notes can be at most 2000 characters.': 'Notizen dürfen höchstens 2000 Zeichen lang sein.',

  // Numbers with a name ({{what}} is one of the field names at the end)
  '{{what}} must be 10 or less.': '{{what}}: höchstens 10.',
  '{{what}} must be 0 or more.': '{{what}}: mindestens 0.',
  '{{what}} must be a whole number from 0 to 10.': '{{what}}: eine ganze Zahl von 0 bis 10.',
  '{{what}} must be {{max}} or less.': '{{what}}: höchstens {{max}}.',
  '{{what}} must be {{min}} or more.': '{{what}}: mindestens {{min}}.',
  "{{what}} can't be negative.": '{{what}}: nicht unter 0.',
  '{{what}} must be a whole number.': '{{what}}: eine ganze Zahl.',
  '{{what}} must be a number.': '{{what}}: eine Zahl.',
  '{{what}} is a whole number from {{min}} to {{max}}.': '{{what}}: eine ganze Zahl von {{min}} bis {{max}}.',
  '{{what}} must be a time like 09:00 (24-hour clock).':
    '{{what}}: eine Uhrzeit wie 09:00 (24-Stunden-Format).',
  '{{what}} must be base64url text.': '{{what}} muss base64url-Text sein.',
  '{{what}} must be {{bytes}} bytes.': '{{what}} muss {{bytes}} Bytes lang sein.',
  '{{what}} must be true or false.': '{{what}} ist true oder false.',

  // Check-ins
  'Each body area may appear once.': 'Jeder Körperbereich darf nur einmal vorkommen.',
  'Unknown body area.': 'Unbekannter Körperbereich.',
  'Each body area may have one score.': 'Jeder Körperbereich hat nur einen Wert.',
  'Each kind of pain may appear once.': 'Jede Schmerzart darf nur einmal vorkommen.',
  'Unknown kind of pain.': 'Unbekannte Schmerzart.',
  'Bleeding is none, spotting, light, medium or heavy.':
    'Blutung ist none, spotting, light, medium oder heavy.',
  'Each food may appear once.': 'Jedes Lebensmittel darf nur einmal vorkommen.',
  'Unknown food item.': 'Unbekanntes Lebensmittel.',
  "Worst pain can't be lower than pain now.":
    'Der stärkste Schmerz kann nicht geringer sein als der Schmerz jetzt.',

  // Bleeding and cycle
  'answer is booked or remind_tomorrow.': 'answer ist booked oder remind_tomorrow.',
  'amount is spotting, light, medium or heavy.': 'amount ist spotting, light, medium oder heavy.',
  'age must be a whole number of years.': 'age muss eine ganze Zahl von Jahren sein.',
  'At most {{max}} bleeding entries.': 'Höchstens {{max}} Blutungseinträge.',
  'Flow is spotting, light, medium or heavy.': 'Blutungsstärke ist spotting, light, medium oder heavy.',
  'The end date must be on or after the start, and a period at most {{max}} days long.':
    'Das Enddatum muss am Starttag oder danach liegen, und eine Periode dauert höchstens {{max}} Tage.',

  // Break reminders
  'Custom mode needs an interval.': 'Der eigene Modus braucht einen Abstand.',
  'Lunch must end after it starts.': 'Die Mittagspause muss nach ihrem Beginn enden.',
  'Each work day may appear once.': 'Jeder Arbeitstag darf nur einmal vorkommen.',
  'Choose at least one work day.': 'Wähle mindestens einen Arbeitstag.',
  'Work days run 1–7.': 'Arbeitstage gehen von 1 bis 7.',
  'Work days run from 1 (Monday) to 7 (Sunday).': 'Arbeitstage gehen von 1 (Montag) bis 7 (Sonntag).',
  'Mode is pomodoro, 50-10, hourly or custom.': 'Modus ist pomodoro, 50-10, hourly oder custom.',
  'The interval must be at most {{max}} minutes.': 'Der Abstand darf höchstens {{max}} Minuten sein.',
  'The interval must be at least {{min}} minutes.': 'Der Abstand muss mindestens {{min}} Minuten sein.',
  'The interval must be a whole number of minutes.': 'Der Abstand muss eine ganze Zahl von Minuten sein.',
  'End must be after start on the same day.': 'Das Ende muss am selben Tag nach dem Beginn liegen.',
  'Lunch must be inside your work hours.': 'Die Mittagspause muss in deiner Arbeitszeit liegen.',
  'Snooze for 5 or 10 minutes.': 'Verschiebe um 5 oder 10 Minuten.',

  // Desk self-check
  'Choose one of the answers offered.': 'Wähle eine der angebotenen Antworten.',
  "Please answer this one, or choose the answer that says it doesn't apply.":
    'Bitte beantworte diese Frage oder wähle die Antwort, dass sie nicht zutrifft.',
  'Please answer this one.': 'Bitte beantworte diese Frage.',
  'Unknown question: {{ids}}.': 'Unbekannte Frage: {{ids}}.',
  'Every question needs one of its answers.': 'Jede Frage braucht eine ihrer Antworten.',

  // Exercises, routines, plans, sessions
  'Seconds per repetition must be 60 or less.': 'Sekunden pro Wiederholung: höchstens 60.',
  'Seconds per repetition must be 1 or more.': 'Sekunden pro Wiederholung: mindestens 1.',
  'Seconds per repetition must be a number.': 'Sekunden pro Wiederholung: eine Zahl.',
  'A dose is {kind: "time", seconds, sets} or {kind: "reps", reps, sets, secondsPerRep}.':
    'Eine Dosierung ist {kind: "time", seconds, sets} oder {kind: "reps", reps, sets, secondsPerRep}.',
  'Give it a name.': 'Gib ihr einen Namen.',
  'Use at most 10 steps.': 'Verwende höchstens 10 Schritte.',
  'Add at least one step.': 'Füge mindestens einen Schritt hinzu.',
  'Keep each step under 300 characters.': 'Jeder Schritt darf höchstens 300 Zeichen haben.',
  'A step cannot be empty.': 'Ein Schritt darf nicht leer sein.',
  'The link can be at most 500 characters.': 'Der Link darf höchstens 500 Zeichen lang sein.',
  'The link must be a full https:// address.': 'Der Link muss eine vollständige https://-Adresse sein.',
  'Unknown exercise: use a catalogue id or custom:<uuid>.':
    'Unbekannte Übung: verwende eine Katalog-id oder custom:<uuid>.',
  'Use at most 30 exercises.': 'Verwende höchstens 30 Übungen.',
  'Add at least one exercise.': 'Füge mindestens eine Übung hinzu.',
  'Use a time like 07:30 (24-hour clock).': 'Verwende eine Uhrzeit wie 07:30 (24-Stunden-Format).',
  'Each day may appear once.': 'Jeder Tag darf nur einmal vorkommen.',
  'Choose at least one day.': 'Wähle mindestens einen Tag.',
  'Days run from 1 to 7.': 'Tage gehen von 1 bis 7.',
  'Days run from 1 (Monday) to 7 (Sunday).': 'Tage gehen von 1 (Montag) bis 7 (Sonntag).',
  'A plan can hold at most 50 entries.': 'Ein Plan kann höchstens 50 Einträge haben.',
  'Unknown routine: use a routine id or custom:<uuid>.':
    'Unbekannte Routine: verwende eine Routinen-id oder custom:<uuid>.',
  'Each plan entry needs its own id.': 'Jeder Planeintrag braucht eine eigene id.',
  'Use a kebab-case id like cat-cow.': 'Verwende eine id in kebab-case wie cat-cow.',
  'An illustration is one <svg> with a viewBox.': 'Eine Illustration ist ein <svg> mit viewBox.',
  'An illustration has no scripts, event handlers, links, images or text.':
    'Eine Illustration hat keine Skripte, Event-Handler, Links, Bilder oder Texte.',
  'Repetitions must be a whole number.': 'Wiederholungen: eine ganze Zahl.',
  'Seconds must be a whole number.': 'Sekunden: eine ganze Zahl.',
  'Load must be 500 kg or less.': 'Gewicht: höchstens 500 kg.',
  'Load must be 0 kg or more.': 'Gewicht: mindestens 0 kg.',
  'Load is a number of kilograms.': 'Gewicht ist eine Zahl in Kilogramm.',
  'Band is one of {{colours}}.': 'Band ist eines von: {{colours}}.',
  'bodyweight is true when the load is your own body.':
    'bodyweight ist true, wenn du mit deinem eigenen Körpergewicht übst.',
  'A set has one load: kilograms, a band or body weight.':
    'Ein Satz hat eine Belastung: Kilogramm, ein Band oder das eigene Körpergewicht.',
  'done is true or false.': 'done ist true oder false.',
  'At most 20 sets of one exercise.': 'Höchstens 20 Sätze einer Übung.',
  'Unknown routine: use a routine id, custom:<uuid> or walking.':
    'Unbekannte Routine: verwende eine Routinen-id, custom:<uuid> oder walking.',
  'At most 100 exercises in one session.': 'Höchstens 100 Übungen in einer Übungseinheit.',
  'Rating is too_easy, about_right or too_hard.': 'Bewertung ist too_easy, about_right oder too_hard.',
  "A session can't end before it starts.": 'Eine Übungseinheit kann nicht enden, bevor sie beginnt.',
  'A session can last at most {{max}} hours.': 'Eine Übungseinheit dauert höchstens {{max}} Stunden.',

  // Experiments
  'followed is true or false.': 'followed ist true oder false.',
  'Start today or on a later day.': 'Beginne heute oder an einem späteren Tag.',
  'Start on {{date}} or later.': 'Beginne am {{date}} oder später.',
  'There is no experiment template with this id.': 'Es gibt keine Experiment-Vorlage mit dieser id.',
  'Unknown template.': 'Unbekannte Vorlage.',
  'Leave at least 2 days of each period after the washout.':
    'Lass nach der Auswaschphase von jeder Phase mindestens 2 Tage übrig.',
  'Use at most {{washout}} washout days with {{days}}-day periods.':
    'Verwende bei Phasen von {{days}} Tagen höchstens {{washout}} Tage Auswaschphase.',
  '“{{word}}” sounds like a medicine or supplement. Experiments here are for everyday habits only: changes to medicines or supplements are for you and your doctor or pharmacist to plan.':
    '„{{word}}“ klingt nach einem Medikament oder Nahrungsergänzungsmittel. Experimente sind hier nur für Alltagsgewohnheiten gedacht: Änderungen an Medikamenten oder Nahrungsergänzungsmitteln planst du mit deiner Ärztin oder deinem Arzt oder deiner Apotheke.',
  '“{{dose}}” looks like a dose. Experiments here are for everyday habits only, never doses: talk to your doctor or pharmacist about those.':
    '„{{dose}}“ sieht nach einer Dosis aus. Experimente sind hier nur für Alltagsgewohnheiten gedacht, nie für Dosierungen: Sprich darüber mit deiner Ärztin oder deinem Arzt oder deiner Apotheke.',
  'The schedule does not match the dates and design.': 'Der Ablauf passt nicht zu den Daten und zum Aufbau.',
  'An answer lies outside the experiment’s dates.': 'Eine Antwort liegt außerhalb der Tage des Experiments.',
  'A day is answered twice.': 'Ein Tag ist doppelt beantwortet.',
  'Describe {{what}}.': 'Beschreibe {{what}}.',
  'Describe what you are testing.': 'Beschreibe, was du testest.',
  'Describe what to do on "try it" days.': 'Beschreibe, was du an „Ausprobieren“-Tagen tust.',
  'Describe what to do on "as usual" days.': 'Beschreibe, was du an „Wie immer“-Tagen tust.',
  'Use at most 80 characters for the title.': 'Verwende für den Titel höchstens 80 Zeichen.',
  'Choose a template (templateId) or describe your own (custom), not both.':
    'Wähle eine Vorlage (templateId) oder beschreibe dein eigenes Experiment (custom), nicht beides.',

  // Imports, questionnaires, lessons
  'This does not look like a {{app}} export ({{expected}}). Nothing was imported.':
    'Das sieht nicht nach einem Export aus {{app}} aus ({{expected}}). Es wurde nichts importiert.',
  'dryRun is true or false.': 'dryRun ist true oder false.',
  '{{name}} has {{count}} questions; send one answer each.':
    '{{name}} hat {{count}} Fragen; schick zu jeder eine Antwort.',
  'Each answer is a whole number.': 'Jede Antwort ist eine ganze Zahl.',
  'Answer {{n}} must be one of {{allowed}}.': 'Antwort {{n}} muss eines davon sein: {{allowed}}.',
  'read is true or false.': 'read ist true oder false.',
  'Use a kebab-case id like sleep-and-pain.': 'Verwende eine id in kebab-case wie sleep-and-pain.',
  'One line only.': 'Nur eine Zeile.',
  'The summary is one sentence.': 'Die Zusammenfassung ist ein Satz.',

  // Profile
  "Birth year can't be in the future.": 'Das Geburtsjahr kann nicht in der Zukunft liegen.',
  "The last HRT change can't be in the future.":
    'Die letzte Änderung der Hormonersatztherapie kann nicht in der Zukunft liegen.',
  "The last HRT change can't be before you started HRT; if you restarted, use the restart as the start date.":
    'Die letzte Änderung der Hormonersatztherapie kann nicht vor ihrem Beginn liegen; wenn du neu begonnen hast, nimm den Neubeginn als Startdatum.',
  'Birth year must be 1900 or later.': 'Das Geburtsjahr muss 1900 oder später sein.',
  'Use a two-letter country code, like GB or US.':
    'Verwende einen Ländercode aus zwei Buchstaben, etwa DE oder AT.',

  // Push, reminders, checklists
  'The endpoint must be an https URL.': 'Der Endpunkt muss eine https-URL sein.',
  'Use a time like 20:30 (24-hour clock).': 'Verwende eine Uhrzeit wie 20:30 (24-Stunden-Format).',
  'Each time may appear once.': 'Jede Uhrzeit darf nur einmal vorkommen.',
  'Choose at most {{max}} times a day.': 'Wähle höchstens {{max}} Uhrzeiten am Tag.',
  'At most two hours before.': 'Höchstens zwei Stunden vorher.',
  'At most a week before.': 'Höchstens eine Woche vorher.',
  'Choose at least one time and one day for check-in reminders, or turn them off.':
    'Wähle für Eintrags-Erinnerungen mindestens eine Uhrzeit und einen Tag oder schalte sie aus.',
  'Quiet hours need different start and end times.':
    'Ruhezeiten brauchen unterschiedliche Start- und Endzeiten.',
  'from must be an ISO date-time with offset.': 'from muss ein ISO-Zeitpunkt mit Zeitverschiebung sein.',
  'Ticked is true or false.': 'Abgehakt ist true oder false.',

  // Share links and tokens
  'A passcode has at most 64 characters.': 'Ein Zugangscode hat höchstens 64 Zeichen.',
  'A passcode has at least 4 characters.': 'Ein Zugangscode hat mindestens 4 Zeichen.',
  'The passcode is text.': 'Der Zugangscode ist Text.',
  'A label can be at most 80 characters.': 'Eine Bezeichnung darf höchstens 80 Zeichen lang sein.',
  'The label is text.': 'Die Bezeichnung ist Text.',
  'includeNotes is true or false.': 'includeNotes ist true oder false.',
  'A share covers at most two years.': 'Eine Freigabe umfasst höchstens zwei Jahre.',
  'A name can be at most 100 characters.': 'Ein Name darf höchstens 100 Zeichen lang sein.',
  'Give the token a name.': 'Gib dem Token einen Namen.',
  'Scope is "read" or "read_write".': 'Der Umfang ist "read" oder "read_write".',
  'A token can live at most {{max}} days.': 'Ein Token gilt höchstens {{max}} Tage.',
  'Choose a number of days from 1 to {{max}}.': 'Wähle eine Zahl von Tagen zwischen 1 und {{max}}.',
  'Choose a whole number of days from 1 to {{max}}.':
    'Wähle eine ganze Zahl von Tagen zwischen 1 und {{max}}.',

  // Trackers and treatments
  'Give the tracker a name.': 'Gib dem Tracker einen Namen.',
  'Kind is number, boolean or scale_0_10.': 'Art ist number, boolean oder scale_0_10.',
  'Use at most 20 characters for the unit.': 'Verwende für die Einheit höchstens 20 Zeichen.',
  'Minimum must not be above maximum.': 'Das Minimum darf nicht über dem Maximum liegen.',
  'Custom values are keyed by tracker id.': 'Eigene Werte werden nach Tracker-id angegeben.',
  'There is no tracker with this id.': 'Es gibt keinen Tracker mit dieser id.',
  '{{name}} is yes or no.': '{{name}}: ja oder nein.',
  '{{name}} is a whole number from 0 to 10.': '{{name}}: eine ganze Zahl von 0 bis 10.',
  '{{name}} is a number.': '{{name}}: eine Zahl.',
  'Unknown kind of treatment.': 'Unbekannte Art von Behandlung.',
  'Give the treatment a name.': 'Gib der Behandlung einen Namen.',
  'The end date must be on or after the start date.': 'Das Enddatum muss am Startdatum oder danach liegen.',

  // Safety check
  'pain_weeks must be {{max}} or less.': 'pain_weeks: höchstens {{max}}.',
  'pain_weeks must be 0 or more.': 'pain_weeks: mindestens 0.',
  'pain_weeks must be a number.': 'pain_weeks: eine Zahl.',
  'Age must be {{max}} or less.': 'Alter: höchstens {{max}}.',
  'Age must be 0 or more.': 'Alter: mindestens 0.',
  'Age must be a number.': 'Alter: eine Zahl.',

  // Field names that stand in the messages above (translated when a message names them)
  Pain: 'Schmerz',
  'Worst pain': 'Stärkster Schmerz',
  'Pain in an area': 'Schmerz in einem Bereich',
  'Morning stiffness': 'Morgensteifigkeit',
  'Sleep hours': 'Schlafstunden',
  'Sleep quality': 'Schlafqualität',
  'Night wakings': 'Nächtliches Aufwachen',
  Mood: 'Stimmung',
  Stress: 'Stress',
  'Hot flashes': 'Hitzewallungen',
  'Activity minutes': 'Bewegungsminuten',
  'Sitting hours': 'Sitzstunden',
  'Glasses of water': 'Gläser Wasser',
  'Weight (kg)': 'Gewicht (kg)',
  'Waist (cm)': 'Taillenumfang (cm)',
  Rest: 'Pause',
  Sets: 'Sätze',
  Seconds: 'Sekunden',
  Repetitions: 'Wiederholungen',
  'Effort (RPE)': 'Anstrengung (RPE)',
  'Pain before': 'Schmerz vorher',
  'Pain after': 'Schmerz nachher',
  Effort: 'Anstrengung',
  'Lunch start': 'Beginn der Mittagspause',
  'Lunch end': 'Ende der Mittagspause',
  Start: 'Beginn',
  End: 'Ende',
  'Period length': 'Phasenlänge',
  'The number of pairs': 'Die Zahl der Paare',
  Washout: 'Auswaschphase',
};
