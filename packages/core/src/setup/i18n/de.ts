import type { ChecklistTexts } from './index.js';

/** The sleep and travel checklists in German (informal "du"). */
export const de: Readonly<Record<string, ChecklistTexts>> = {
  'sleep-side-knee-pillow': {
    text: 'Du schläfst auf der Seite? Leg ein Kissen zwischen die Knie.',
    why: 'So rutscht das obere Bein nicht nach vorn, was Becken und unteren Rücken die ganze Nacht verdreht.',
  },
  'sleep-back-knee-pillow': {
    text: 'Du schläfst auf dem Rücken? Probier ein Kissen unter den Knien.',
    why: 'Mit leicht gebeugten Knien kann der untere Rücken mit weniger Hohlkreuz und Belastung ruhen.',
  },
  'sleep-position': {
    text: 'Wähl die Lage, die sich am leichtesten anfühlt, Seite oder Rücken, und wechsle sie, wenn du steif aufwachst.',
    why: 'Keine Schlafposition passt für alle; dein Wohlgefühl ist der beste Wegweiser.',
  },
  'sleep-mattress-medium-firm': {
    text: 'Wenn du eine Matratze aussuchst, probier eine mittelfeste statt einer sehr harten.',
    why: 'In einer Studie mit Menschen mit lang anhaltenden Kreuzschmerzen schnitt mittelfest besser ab als fest. Eine Matratze, die in der Mitte durchhängt, belastet den Rücken ebenfalls.',
  },
  'sleep-pillow-height': {
    text: 'Nimm ein Kissen, das deinen Kopf in einer Linie mit der Wirbelsäule hält.',
    why: 'Ein zu hohes oder zu flaches Kissen knickt den Nacken über Stunden ab.',
  },
  'sleep-get-up-on-side': {
    text: 'Steh auf, indem du dich auf die Seite rollst, die Beine über die Bettkante gleiten lässt und dich mit den Armen hochdrückst.',
    why: 'So vermeidest du Verdrehen und gerades Aufsitzen, was wehtun kann, wenn der Rücken morgens steif ist.',
  },
  'sleep-wind-down': {
    text: 'Mach abends eine kurze, sanfte Übungsfolge.',
    why: 'Leichte Bewegung und langsames Atmen können einen steifen Rücken lockern und dir helfen, vor dem Schlafen zur Ruhe zu kommen.',
  },
  'sleep-regular-times': {
    text: 'Geh zu festen Zeiten ins Bett und steh zu festen Zeiten auf.',
    why: 'Schlechter Schlaf und Schmerzen am nächsten Tag hängen zusammen; ein gleichmäßiger Rhythmus ist einer der einfachsten Wege, deinen Schlaf zu schützen.',
  },
  'travel-car-lumbar-support': {
    text: 'Leg im Auto ein kleines Kissen oder ein zusammengerolltes Handtuch in dein Kreuz.',
    why: 'Es erhält auf langen Fahrten die natürliche Krümmung des unteren Rückens. Eine Komfortmaßnahme, die einen Versuch wert ist.',
  },
  'travel-car-seat-setup': {
    text: 'Stell den Autositz ein: ganz nach hinten setzen, Knie etwa auf Hüfthöhe, Lehne leicht zurückgeneigt, Pedale ohne Strecken erreichbar.',
    why: 'Ein Sitz, der zu weit hinten oder zu aufrecht ist, lässt dich zusammensacken oder dich strecken – das belastet den Rücken die ganze Fahrt.',
  },
  'travel-car-mirrors-last': {
    text: 'Stell die Spiegel erst nach dem Sitz ein, während du gut sitzt.',
    why: 'Dann erinnern dich die Spiegel daran, dich wieder aufzurichten, wenn du zusammensackst.',
  },
  'travel-drive-hourly-stops': {
    text: 'Halte auf langen Fahrten etwa jede Stunde an, um ein paar Minuten zu gehen und dich zu dehnen.',
    why: 'Langes Sitzen ohne Pause ist ein häufiger Auslöser für Steifheit und Schmerzen; ein kurzer Spaziergang setzt das zurück.',
  },
  'travel-flight-aisle-seat': {
    text: 'Wähl beim Fliegen einen Platz am Gang.',
    why: 'So kannst du jederzeit aufstehen und gehen, ohne jemanden zu bitten, Platz zu machen.',
  },
  'travel-flight-move-hourly': {
    text: 'Steh auf Flügen etwa jede Stunde auf, geh den Gang entlang oder mach Dehnübungen im Sitzen.',
    why: 'Regelmäßige Bewegung lindert Steifheit und tut dem Kreislauf in deinen Beinen gut.',
  },
  'travel-luggage-wheels': {
    text: 'Nimm Gepäck mit Rollen und pack lieber zwei leichtere Taschen als eine schwere.',
    why: 'Rollen und Aufteilen der Last erspart deinem Rücken, Gewicht auf einer Seite zu tragen.',
  },
  'travel-luggage-lifting': {
    text: 'Heb Taschen nah am Körper, beug dich in Hüften und Knien, und dreh dich mit den Füßen statt mit dem Oberkörper. Lass dir bei den Gepäckfächern über den Sitzen helfen.',
    why: 'Eine Last weit vom Körper oder ein Heben mit Verdrehen belastet den Rücken am meisten.',
  },
  'travel-backpack-both-straps': {
    text: 'Trag einen Rucksack über beiden Schultern.',
    why: 'Ein einzelner Gurt zieht dich zur Seite, solange du ihn trägst.',
  },
};
