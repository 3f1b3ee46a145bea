import type { MessageCatalogue } from './translate.js';

/** What import previews and results say about her file (left out, row problems), in German. */
export const deImports: MessageCatalogue = {
  // Left out on purpose (what, why)
  'Spinekind keeps no such symptom yet': 'Spinekind erfasst dieses Symptom noch nicht',
  'not something Spinekind keeps': 'das erfasst Spinekind nicht',
  'Symptom "{{name}}"': 'Symptom "{{name}}"',
  'Health measurement "{{detail}}"': 'Gesundheitsmessung "{{detail}}"',
  'Spinekind keeps no such measurement': 'Spinekind erfasst diese Messung nicht',
  'Meds/Supplements entries': 'Einträge unter Meds/Supplements',
  'Spinekind keeps no medicines or doses from other apps':
    'Spinekind übernimmt keine Medikamente oder Dosierungen aus anderen Apps',
  'Pain "{{option}}"': 'Schmerz "{{option}}"',
  'Sleep given as a range (like 6–9 hours)': 'Schlaf als Spanne (etwa 6–9 Stunden)',
  'a range is not a number of hours': 'eine Spanne ist keine Stundenzahl',
  'Energy entries other than tired or exhausted': 'Energie-Einträge außer müde oder erschöpft',
  'Spinekind has no energy scale to put them on': 'Spinekind hat keine Energie-Skala dafür',
  '"{{type}}" entries': 'Einträge "{{type}}"',
  'Repeated pain scores': 'Doppelte Schmerzwerte',
  'the same observation is already read from entry {{line}}':
    'dieselbe Beobachtung wurde schon aus Eintrag {{line}} gelesen',
  'Temperature entries': 'Einträge zur Temperatur',
  'Spinekind does not track basal body temperature': 'Spinekind erfasst keine Basaltemperatur',
  'Mucus entries': 'Einträge zum Zervixschleim',
  'Spinekind does not track cervical mucus': 'Spinekind erfasst keinen Zervixschleim',
  'Cervix entries': 'Einträge zum Muttermund',
  'Spinekind does not track the cervix': 'Spinekind erfasst den Muttermund nicht',
  'Desire entries': 'Einträge zur Lust',
  'Spinekind does not track desire': 'Spinekind erfasst keine sexuelle Lust',
  'Sex entries': 'Einträge zu Sex',
  'Spinekind does not track sex or contraception': 'Spinekind erfasst weder Sex noch Verhütung',
  'Bleeding days marked "exclude"': 'Mit "exclude" markierte Blutungstage',
  'you told drip. to leave them out of your cycle':
    'du hast drip. gesagt, sie nicht zu deinem Zyklus zu zählen',
  'Column "{{name}}"': 'Spalte "{{name}}"',
  'Spinekind keeps no such symptom or mood word': 'Spinekind kennt dieses Symptom oder Stimmungswort nicht',
  'Pain scores for one body area': 'Schmerzwerte für einen einzelnen Körperbereich',
  "a check-in's pain is your overall score; a score for one area alone is not brought in":
    'der Schmerz eines Eintrags ist dein Gesamtwert; ein Wert nur für einen Bereich wird nicht übernommen',
  'Observations entered in error or cancelled': 'Irrtümlich eingetragene oder stornierte Beobachtungen',
  'they were withdrawn': 'sie wurden zurückgezogen',
  'Other observations': 'Andere Beobachtungen',
  '"{{type}}" resources': 'Ressourcen vom Typ "{{type}}"',
  'only Observations are brought in': 'nur Beobachtungen (Observation) werden übernommen',
  Naps: 'Nickerchen',
  'only the main sleep of each night counts as your sleep':
    'nur der Hauptschlaf jeder Nacht zählt als dein Schlaf',
  Weights: 'Gewichte',
  'say whether your Fitbit account used kg or lb to bring them in':
    'gib an, ob dein Fitbit-Konto kg oder lb verwendet hat, dann werden sie übernommen',
  'Pregnancy cycles': 'Schwangerschaftszyklen',
  'they are not menstrual cycles': 'das sind keine Menstruationszyklen',
  '"{{category}}" events': 'Ereignisse "{{category}}"',
  'Other events': 'Andere Ereignisse',

  // What a file was expected to be (inside "This does not look like a … export (…)")
  'its first line starts with date, … category, rating/amount, detail, notes':
    'seine erste Zeile beginnt mit date, … category, rating/amount, detail, notes',
  'its first line has the columns date and bleeding.value':
    'seine erste Zeile hat die Spalten date und bleeding.value',
  'measurements.json is a list of {date, type, value}':
    'measurements.json ist eine Liste von {date, type, value}',
  'measurements.json or a .cluedata file': 'measurements.json oder eine .cluedata-Datei',
  'a Bundle with entries': 'ein Bundle mit Einträgen',
  'its JSON holds operationalData with cycles': 'sein JSON enthält operationalData mit cycles',

  // Row problems
  '"{{amount}}" is not a step count.': '"{{amount}}" ist keine Schrittzahl.',
  'The weight "{{amount}}" has no unit (kg, lb or st) in "{{detail}}".':
    'Beim Gewicht "{{amount}}" fehlt in "{{detail}}" die Einheit (kg, lb oder st).',
  '"{{amount}} {{unit}}" is not a body weight.': '"{{amount}} {{unit}}" ist kein Körpergewicht.',
  '"{{date}}" is not a date Spinekind can read.': '"{{date}}" ist kein Datum, das Spinekind lesen kann.',
  'The row has no date.': 'Die Zeile hat kein Datum.',
  '"{{amount}}" is not a sleep time like 7:30.': '"{{amount}}" ist keine Schlafdauer wie 7:30.',
  '"{{amount}}" is not a mood rating.': '"{{amount}}" ist keine Bewertung der Stimmung.',
  '"{{amount}}" is not an energy rating.': '"{{amount}}" ist keine Bewertung der Energie.',
  '"{{amount}}" is not a number of glasses of water.': '"{{amount}}" ist keine Anzahl Gläser Wasser.',
  'The entry has no date like 2024-03-21.': 'Der Eintrag hat kein Datum wie 2024-03-21.',
  'Period "{{option}}" is not light, medium, heavy or very heavy.':
    'Die Periode "{{option}}" ist weder leicht, mittel, stark noch sehr stark.',
  'The entry has no type.': 'Der Eintrag hat keinen Typ.',
  'The day has no date like 2024-03-21.': 'Der Tag hat kein Datum wie 2024-03-21.',
  'The same pain observation as entry {{line}} at the same time, with another score ({{pain}}, not {{earlier}}).':
    'Dieselbe Schmerzbeobachtung wie in Eintrag {{line}} zur selben Zeit, aber mit einem anderen Wert ({{pain}} statt {{earlier}}).',
  '"{{date}}" is not a date like 2024-03-21.': '"{{date}}" ist kein Datum wie 2024-03-21.',
  'Bleeding "{{value}}" is not 0, 1, 2 or 3.': 'Blutung "{{value}}" ist nicht 0, 1, 2 oder 3.',
  'The observation has no effective date.': 'Die Beobachtung hat kein Datum (effective).',
  'The observation has no number in valueQuantity.': 'Die Beobachtung hat keine Zahl in valueQuantity.',
  '{{value}} is out of range for {{what}}.': '{{value}} liegt außerhalb des Bereichs für {{what}}.',
  'The unit "{{unit}}" is not a UCUM unit Spinekind reads for {{metric}}.':
    'Die Einheit "{{unit}}" ist keine UCUM-Einheit, die Spinekind für {{metric}} liest.',
  '{{value}} {{unit}} is out of range for {{metric}}.':
    '{{value}} {{unit}} liegt außerhalb des Bereichs für {{metric}}.',
  'The entry has no resource.': 'Der Eintrag hat keine Ressource.',
  '{{file}} is not a list of entries.': '{{file}} ist keine Liste von Einträgen.',
  'A weight of {{weight}} {{unit}} on {{date}} is not one Spinekind can keep.':
    'Ein Gewicht von {{weight}} {{unit}} am {{date}} kann Spinekind nicht speichern.',
  'The cycle is not an object.': 'Der Zyklus ist kein Objekt.',
  'Cycle {{n}} has no readable period start or end date.':
    'Zyklus {{n}} hat kein lesbares Anfangs- oder Enddatum der Periode.',
  'Cycle {{n}}: a period from {{start}} to {{end}} is not one Spinekind can keep.':
    'Zyklus {{n}}: Eine Periode vom {{start}} bis {{end}} kann Spinekind nicht speichern.',
  'Event {{n}} has no readable date.': 'Ereignis {{n}} hat kein lesbares Datum.',
  'Steps row {{n}} has no readable time or count.':
    'Schritte-Zeile {{n}} hat keine lesbare Zeit oder Anzahl.',
  'Sleep session {{n}} has no readable start and end.':
    'Schlafphase {{n}} hat keinen lesbaren Anfang und kein lesbares Ende.',
  'A weight of {{weight}} g is not one Spinekind can keep.':
    'Ein Gewicht von {{weight}} g kann Spinekind nicht speichern.',

  // Archives
  'This zip unpacks to more than {{times}} times its size or past {{gb}} GB, which a real export never does. Nothing was imported.':
    'Diese ZIP-Datei entpackt sich auf mehr als das {{times}}-Fache ihrer Größe oder über {{gb}} GB, was bei einem echten Export nie vorkommt. Es wurde nichts importiert.',

  // CSV check-ins
  '"{{name}}" has two values at the same time: {{first}} (row {{row}}) and {{second}}.':
    '"{{name}}" hat zur selben Zeit zwei Werte: {{first}} (Zeile {{row}}) und {{second}}.',
  '"{{value}}" is not a number from 1 to 5, so it can\'t be converted to 0–10.':
    '"{{value}}" ist keine Zahl von 1 bis 5 und lässt sich deshalb nicht auf 0–10 umrechnen.',
};
