import type { MessageCatalogue } from './translate.js';

/** What import previews and results say about her file (left out, row problems), in Spanish. */
export const esImports: MessageCatalogue = {
  // Left out on purpose (what, why)
  'Spinekind keeps no such symptom yet': 'Spinekind aún no registra este síntoma',
  'not something Spinekind keeps': 'Spinekind no registra esto',
  'Symptom "{{name}}"': 'Síntoma "{{name}}"',
  'Health measurement "{{detail}}"': 'Medición de salud "{{detail}}"',
  'Spinekind keeps no such measurement': 'Spinekind no registra esta medición',
  'Meds/Supplements entries': 'Entradas de Meds/Supplements',
  'Spinekind keeps no medicines or doses from other apps':
    'Spinekind no guarda medicamentos ni dosis de otras apps',
  'Pain "{{option}}"': 'Dolor "{{option}}"',
  'Sleep given as a range (like 6–9 hours)': 'Sueño indicado como intervalo (como 6–9 horas)',
  'a range is not a number of hours': 'un intervalo no es un número de horas',
  'Energy entries other than tired or exhausted': 'Entradas de energía que no son cansancio ni agotamiento',
  'Spinekind has no energy scale to put them on': 'Spinekind no tiene una escala de energía donde ponerlas',
  '"{{type}}" entries': 'Entradas "{{type}}"',
  'Repeated pain scores': 'Niveles de dolor repetidos',
  'the same observation is already read from entry {{line}}':
    'la misma observación ya se ha leído de la entrada {{line}}',
  'Temperature entries': 'Entradas de temperatura',
  'Spinekind does not track basal body temperature': 'Spinekind no registra la temperatura basal',
  'Mucus entries': 'Entradas de moco cervical',
  'Spinekind does not track cervical mucus': 'Spinekind no registra el moco cervical',
  'Cervix entries': 'Entradas del cuello uterino',
  'Spinekind does not track the cervix': 'Spinekind no registra el cuello uterino',
  'Desire entries': 'Entradas de deseo sexual',
  'Spinekind does not track desire': 'Spinekind no registra el deseo sexual',
  'Sex entries': 'Entradas de sexo',
  'Spinekind does not track sex or contraception': 'Spinekind no registra el sexo ni la anticoncepción',
  'Bleeding days marked "exclude"': 'Días de sangrado marcados con "exclude"',
  'you told drip. to leave them out of your cycle': 'le indicaste a drip. que los dejara fuera de tu ciclo',
  'Column "{{name}}"': 'Columna "{{name}}"',
  'Spinekind keeps no such symptom or mood word':
    'Spinekind no registra este síntoma ni esta palabra de ánimo',
  'Pain scores for one body area': 'Niveles de dolor de una sola zona del cuerpo',
  "a check-in's pain is your overall score; a score for one area alone is not brought in":
    'el dolor de un registro diario es tu nivel general; un nivel de una sola zona no se importa',
  'Observations entered in error or cancelled': 'Observaciones introducidas por error o canceladas',
  'they were withdrawn': 'se retiraron',
  'Other observations': 'Otras observaciones',
  '"{{type}}" resources': 'Recursos de tipo "{{type}}"',
  'only Observations are brought in': 'solo se importan las observaciones (Observation)',
  Naps: 'Siestas',
  'only the main sleep of each night counts as your sleep':
    'solo el sueño principal de cada noche cuenta como tu sueño',
  Weights: 'Pesos',
  'say whether your Fitbit account used kg or lb to bring them in':
    'indica si tu cuenta de Fitbit usaba kg o lb para importarlos',
  'Pregnancy cycles': 'Ciclos de embarazo',
  'they are not menstrual cycles': 'no son ciclos menstruales',
  '"{{category}}" events': 'Eventos "{{category}}"',
  'Other events': 'Otros eventos',

  // What a file was expected to be (inside "This does not look like a … export (…)")
  'its first line starts with date, … category, rating/amount, detail, notes':
    'su primera línea empieza por date, … category, rating/amount, detail, notes',
  'its first line has the columns date and bleeding.value':
    'su primera línea tiene las columnas date y bleeding.value',
  'measurements.json is a list of {date, type, value}':
    'measurements.json es una lista de {date, type, value}',
  'measurements.json or a .cluedata file': 'measurements.json o un archivo .cluedata',
  'a Bundle with entries': 'un Bundle con entradas',
  'its JSON holds operationalData with cycles': 'su JSON contiene operationalData con cycles',

  // Row problems
  '"{{amount}}" is not a step count.': '"{{amount}}" no es un número de pasos.',
  'The weight "{{amount}}" has no unit (kg, lb or st) in "{{detail}}".':
    'El peso "{{amount}}" no tiene unidad (kg, lb o st) en "{{detail}}".',
  '"{{amount}} {{unit}}" is not a body weight.': '"{{amount}} {{unit}}" no es un peso corporal.',
  '"{{date}}" is not a date Spinekind can read.': '"{{date}}" no es una fecha que Spinekind pueda leer.',
  'The row has no date.': 'La fila no tiene fecha.',
  '"{{amount}}" is not a sleep time like 7:30.': '"{{amount}}" no es una duración de sueño como 7:30.',
  '"{{amount}}" is not a mood rating.': '"{{amount}}" no es una valoración del estado de ánimo.',
  '"{{amount}}" is not an energy rating.': '"{{amount}}" no es una valoración de la energía.',
  '"{{amount}}" is not a number of glasses of water.': '"{{amount}}" no es un número de vasos de agua.',
  'The entry has no date like 2024-03-21.': 'La entrada no tiene una fecha como 2024-03-21.',
  'Period "{{option}}" is not light, medium, heavy or very heavy.':
    'El periodo "{{option}}" no es ligero, medio, abundante ni muy abundante.',
  'The entry has no type.': 'La entrada no tiene tipo.',
  'The day has no date like 2024-03-21.': 'El día no tiene una fecha como 2024-03-21.',
  'The same pain observation as entry {{line}} at the same time, with another score ({{pain}}, not {{earlier}}).':
    'La misma observación de dolor que la entrada {{line}}, a la misma hora, con otro nivel ({{pain}}, no {{earlier}}).',
  '"{{date}}" is not a date like 2024-03-21.': '"{{date}}" no es una fecha como 2024-03-21.',
  'Bleeding "{{value}}" is not 0, 1, 2 or 3.': 'El sangrado "{{value}}" no es 0, 1, 2 ni 3.',
  'The observation has no effective date.': 'La observación no tiene fecha (effective).',
  'The observation has no number in valueQuantity.':
    'La observación no tiene ningún número en valueQuantity.',
  '{{value}} is out of range for {{what}}.': '{{value}} está fuera del rango de {{what}}.',
  'The unit "{{unit}}" is not a UCUM unit Spinekind reads for {{metric}}.':
    'La unidad "{{unit}}" no es una unidad UCUM que Spinekind lea para {{metric}}.',
  '{{value}} {{unit}} is out of range for {{metric}}.':
    '{{value}} {{unit}} está fuera del rango de {{metric}}.',
  'The entry has no resource.': 'La entrada no tiene ningún recurso.',
  '{{file}} is not a list of entries.': '{{file}} no es una lista de entradas.',
  'A weight of {{weight}} {{unit}} on {{date}} is not one Spinekind can keep.':
    'Spinekind no puede guardar un peso de {{weight}} {{unit}} el {{date}}.',
  'The cycle is not an object.': 'El ciclo no es un objeto.',
  'Cycle {{n}} has no readable period start or end date.':
    'El ciclo {{n}} no tiene una fecha legible de inicio o fin del periodo.',
  'Cycle {{n}}: a period from {{start}} to {{end}} is not one Spinekind can keep.':
    'Ciclo {{n}}: Spinekind no puede guardar un periodo del {{start}} al {{end}}.',
  'Event {{n}} has no readable date.': 'El evento {{n}} no tiene una fecha legible.',
  'Steps row {{n}} has no readable time or count.':
    'La fila de pasos {{n}} no tiene una hora o un número legibles.',
  'Sleep session {{n}} has no readable start and end.':
    'La sesión de sueño {{n}} no tiene un inicio y un final legibles.',
  'A weight of {{weight}} g is not one Spinekind can keep.':
    'Spinekind no puede guardar un peso de {{weight}} g.',

  // Archives
  'This zip unpacks to more than {{times}} times its size or past {{gb}} GB, which a real export never does. Nothing was imported.':
    'Este zip se descomprime en más de {{times}} veces su tamaño o supera los {{gb}} GB, algo que una exportación real nunca hace. No se ha importado nada.',

  // CSV check-ins
  '"{{name}}" has two values at the same time: {{first}} (row {{row}}) and {{second}}.':
    '"{{name}}" tiene dos valores a la misma hora: {{first}} (fila {{row}}) y {{second}}.',
  '"{{value}}" is not a number from 1 to 5, so it can\'t be converted to 0–10.':
    '"{{value}}" no es un número del 1 al 5, así que no se puede convertir a 0–10.',
};
