import type { DeskCheckTranslation } from './texts.js';

const setUpNote =
  'Checklisten wie diese erkennen Arbeitsplätze, die mit mehr Beschwerden einhergehen. Eine andere ' +
  'Einrichtung hilft manchen Menschen, doch die Studienlage ist bescheiden – probier aus, was für dich ' +
  'einen Unterschied macht.';
const noLaptop = 'Ich arbeite nicht am Laptop';
const moveMore =
  'Bau Bewegung in deinen Tag ein: Telefoniere im Stehen, geh zum Wasserholen ein paar Schritte ' +
  'oder mach eine Besprechung im Gehen.';
const breakReminders =
  'Schalte Pausen-Erinnerungen ein und steh etwa jede halbe Stunde für ein, zwei Minuten auf – auch mitten in einer Aufgabe.';
const lunchAway =
  'Iss nicht am Schreibtisch, wann immer es geht – schon 10 Minuten Gehen nach dem Mittagessen ' +
  'unterbrechen den Tag.';

/** The desk self-check in German (informal "du"). */
export const de: DeskCheckTranslation = {
  questions: {
    'chair-height': {
      text: 'Wenn du dich im Stuhl ganz zurücksetzt: Wo sind deine Knie im Vergleich zu deinen Hüften?',
      why: 'Bei der richtigen Höhe liegen deine Oberschenkel waagerecht, und dein unterer Rücken behält seine natürliche Krümmung.',
      options: [
        { label: 'Etwa auf gleicher Höhe, die Füße stehen flach' },
        {
          label: 'Höher als die Hüften – der Sitz fühlt sich niedrig an',
          fix: 'Stell den Sitz höher, bis deine Knie etwa auf Hüfthöhe sind.',
        },
        {
          label: 'Deutlich unter den Hüften – der Sitz fühlt sich hoch an',
          fix: 'Stell den Sitz etwas tiefer, damit deine Oberschenkel waagerecht liegen; bei einem hohen Tisch hilft eine Fußstütze.',
        },
      ],
    },
    'seat-depth': {
      text: 'Wenn du ganz hinten sitzt: Wie viel Platz ist zwischen Sitzkante und deinen Kniekehlen?',
      why: 'Ist die Sitzfläche zu tief, rutschst du nach vorn auf die Kante, weg von der Rückenlehne.',
      options: [
        { label: 'Etwa eine Faustbreite' },
        {
          label: 'Kaum welcher – die Kante drückt in die Kniekehlen',
          fix: 'Schieb die Sitzfläche nach hinten, wenn das geht, oder leg ein festes Kissen hinter deinen Rücken, sodass eine Faust hinter deine Knie passt.',
        },
        {
          label: 'Viel – mehr als eine Handbreite',
          fix: 'Wenn sich die Sitzfläche verschieben lässt, zieh sie nach vorn, damit mehr von deinen Oberschenkeln aufliegt.',
        },
      ],
    },
    'lumbar-support': {
      text: 'Passt sich die Rückenlehne der Krümmung deines unteren Rückens an, wenn du dich anlehnst?',
      why: 'Halt im Kreuz lässt dich zurücklehnen und entspannen, statt dich selbst aufrecht zu halten.',
      options: [
        { label: 'Ja – sie passt, und ich lehne mich an' },
        {
          label: 'Teilweise – sie verfehlt die Krümmung, oder ich sitze vorn auf der Kante',
          fix: 'Stell die Höhe der Rückenlehne so ein, dass ihre Wölbung dein Kreuz trifft, und setz dich dann ganz zurück.',
        },
        {
          label: 'Nein – die Lehne ist flach, fehlt oder ist außer Reichweite',
          fix: 'Probier ein kleines Kissen oder ein zusammengerolltes Handtuch im Kreuz und lass dich vom Stuhl halten.',
        },
      ],
    },
    armrests: {
      text: 'Was machen deine Armlehnen, wenn du tippst?',
      why: 'Armlehnen auf Tischhöhe lassen deine Schultern sinken; zu hohe halten sie angespannt.',
      options: [
        { label: 'Meine Ellbogen liegen leicht darauf, meine Schultern sind entspannt' },
        {
          label: 'Sie drücken meine Schultern nach oben',
          fix: 'Stell die Armlehnen tiefer, bis deine Schultern sinken, oder nimm sie ab, wenn sie nicht tief genug gehen.',
        },
        {
          label: 'Sie sind zu niedrig oder zu weit außen – ich lehne mich zur Seite, um sie zu erreichen',
          fix: 'Stell die Armlehnen höher oder enger, damit deine Ellbogen aufliegen, ohne dass du dich zur Seite lehnst.',
        },
        {
          label: 'Sie hindern mich, nah an den Tisch zu kommen',
          fix: 'Stell die Armlehnen tiefer oder klapp sie zurück, damit du ganz an den Tisch heranrücken kannst.',
        },
        { label: 'Mein Stuhl hat keine Armlehnen' },
      ],
    },
    'screen-height': {
      text: 'Wenn du aufrecht sitzt und geradeaus schaust: Wo treffen deine Augen auf den Bildschirm?',
      why: 'Ein zu niedriger Bildschirm kippt deinen Kopf nach vorn, und sein Gewicht zieht an Nacken und oberem Rücken.',
      options: [
        { label: 'Auf oder knapp unter der obersten Textzeile' },
        {
          label: 'Über dem oberen Bildschirmrand – ich schaue nach unten',
          fix: 'Stell den Bildschirm höher, sodass die oberste Textzeile auf oder knapp unter Augenhöhe ist – ein Stapel Bücher tut es auch.',
        },
        {
          label: 'Weit unter dem oberen Rand – ich lege den Kopf in den Nacken',
          fix: 'Stell den Bildschirm tiefer, bis die oberste Textzeile auf oder knapp unter Augenhöhe ist (mit Gleitsichtbrille etwas tiefer).',
        },
      ],
    },
    'screen-distance': {
      text: 'Wie weit ist dein Bildschirm entfernt?',
      why: 'Bei angenehmem Abstand kannst du lesen, ohne den Kopf nach vorn zu strecken.',
      options: [
        { label: 'Etwa eine Armlänge' },
        {
          label: 'Weiter – ich beuge mich zum Lesen vor',
          fix: 'Rück den Bildschirm auf etwa eine Armlänge heran oder stell die Schrift größer, damit du zurückgelehnt lesen kannst.',
        },
        {
          label: 'Näher – er ist mir fast direkt vor der Nase',
          fix: 'Schieb den Bildschirm auf etwa eine Armlänge zurück und vergrößere die Schrift, wenn nötig.',
        },
      ],
    },
    'screen-position': {
      text: 'Steht dein Bildschirm direkt vor dir?',
      why: 'Wenn du den Kopf stundenlang zur Seite drehst, arbeitet eine Seite deines Nackens den ganzen Tag.',
      options: [
        { label: 'Ja, direkt vor mir' },
        {
          label: 'Ich habe zwei Bildschirme und drehe mich oft zwischen ihnen hin und her',
          fix: 'Stell den Bildschirm, den du am meisten nutzt, direkt vor dich und den anderen leicht angewinkelt daneben.',
        },
        {
          label: 'Nein, er steht seitlich',
          fix: 'Stell den Bildschirm direkt vor dich, in einer Linie mit deiner Tastatur.',
        },
      ],
    },
    'keyboard-position': {
      text: 'Wo sind deine Hände und Ellbogen, wenn du tippst?',
      why: 'Mit entspannten Armen nah am Körper zu tippen entlastet Schultern und oberen Rücken.',
      options: [
        { label: 'Tastatur nah, Ellbogen etwa rechtwinklig, Handgelenke ziemlich gerade' },
        {
          label: 'Ich greife nach vorn zur Tastatur',
          fix: 'Hol die Tastatur an die vordere Tischkante, damit deine Ellbogen seitlich am Körper bleiben können.',
        },
        {
          label:
            'Die Tastatur fühlt sich hoch an – meine Schultern gehen hoch oder die Handgelenke knicken nach oben',
          fix: 'Stell deinen Stuhl höher (bei Bedarf mit Fußstütze), sodass die Ellbogen auf Höhe der Tasten sind; klapp die Füße der Tastatur ein.',
        },
      ],
    },
    'mouse-position': {
      text: 'Wo liegt deine Maus?',
      why: 'Immer wieder nach der Maus zu greifen ermüdet die Schulter.',
      options: [
        { label: 'Direkt neben der Tastatur, gut erreichbar' },
        {
          label: 'Ein Stück entfernt – ich greife nach vorn oder zur Seite',
          fix: 'Leg die Maus direkt neben die Tastatur; eine kompakte Tastatur ohne Ziffernblock hilft.',
        },
        {
          label: 'Ich nutze meist das Touchpad des Laptops',
          fix: 'Probier eine separate Maus neben der Tastatur, damit deine Hand nah am Körper bleiben kann.',
        },
      ],
    },
    wrists: {
      text: 'Wie liegen deine Handgelenke, wenn du tippst oder die Maus benutzt?',
      why: 'Abgeknickte Handgelenke und harte Kanten drücken auf die Sehnen und Nerven, die dort verlaufen.',
      options: [
        { label: 'Gerade und entspannt' },
        {
          label: 'Nach oben, unten oder zur Seite abgeknickt',
          fix: 'Halte deine Handgelenke in einer Linie mit den Unterarmen: Stell die Tastatur tiefer und bewege die Maus aus dem Ellbogen.',
        },
        {
          label: 'Sie liegen auf der harten Kante des Tischs oder Laptops',
          fix: 'Leg die Handballen zwischen dem Tippen auf etwas Weiches – ein gefaltetes Handtuch reicht.',
        },
      ],
    },
    feet: {
      text: 'Wo sind deine Füße, während du sitzt?',
      why: 'Flach aufgestellte Füße geben deinen Beinen und deinem unteren Rücken eine stabile Basis.',
      options: [
        { label: 'Flach auf dem Boden oder auf einer Fußstütze' },
        {
          label: 'Sie baumeln, oder nur die Zehen berühren den Boden',
          fix: 'Stell deine Füße auf eine Fußstütze, eine stabile Kiste oder ein paar dicke Bücher, damit sie flach stehen.',
        },
        {
          label: 'Unter den Stuhl gezogen oder um die Stuhlbeine geschlungen',
          fix: 'Stell deine Füße nach vorn und flach auf; wenn sich das ungewohnt anfühlt, hilft oft eine Fußstütze.',
        },
      ],
    },
    legroom: {
      text: 'Haben deine Beine unter dem Tisch genug Platz?',
      why: 'Ohne Platz für die Knie sitzt du verdreht oder weit vom Tisch weg und musst dich strecken.',
      options: [
        { label: 'Reichlich Platz' },
        {
          label: 'Es ist eng – Kisten, Schubladen oder eine Querstrebe sind im Weg',
          fix: 'Räum den Platz unter dem Tisch frei, damit du nah heransitzen kannst, die Knie gerade nach vorn.',
        },
      ],
    },
    phone: {
      text: 'Wie telefonierst du am Schreibtisch?',
      why: 'Das Telefon zwischen Ohr und Schulter zu klemmen knickt den Nacken zur Seite und spannt eine Seite an.',
      options: [
        { label: 'Mit Headset, Kopfhörern oder Lautsprecher' },
        {
          label: 'Ich halte das Telefon in der Hand',
          fix: 'Nimm für Gespräche, die länger als ein paar Minuten dauern, Kopfhörer, ein Headset oder den Lautsprecher.',
        },
        {
          label: 'Zwischen Ohr und Schulter geklemmt',
          fix: 'Nutz Kopfhörer, ein Headset oder den Lautsprecher, damit dein Kopf beim Telefonieren aufrecht bleiben kann.',
        },
        { label: 'Ich telefoniere selten am Schreibtisch' },
      ],
    },
    'laptop-setup': {
      text: 'Wenn du am Laptop arbeitest: Wie ist er aufgestellt?',
      why: 'Bildschirm und Tastatur eines Laptops hängen zusammen – allein benutzt heißt das: gebeugter Nacken oder hochgezogene Arme.',
      options: [
        { label: 'Auf einem Ständer oder mit separatem Bildschirm, dazu separate Tastatur und Maus' },
        {
          label: 'Erhöht, aber ich tippe auf dem Laptop selbst',
          fix: 'Nimm eine separate Tastatur und Maus dazu – einfache reichen –, damit Bildschirm und Hände jeweils richtig sind.',
        },
        {
          label: 'Flach auf dem Tisch, auf dem Schoß oder auf dem Sofa',
          fix: 'Stell den Laptop höher, sodass der obere Bildschirmrand etwa auf Augenhöhe ist – ein Stapel Bücher tut es auch –, und nimm eine separate Tastatur und Maus dazu.',
        },
        { label: noLaptop },
      ],
    },
    'laptop-hours': {
      text: 'Wie lange arbeitest du an einem normalen Tag nur am Laptop, ohne Ständer oder separate Tastatur?',
      why: 'Kurze Zeiten sind in Ordnung; bei Stunden am Tag summiert sich die Belastung.',
      options: [
        { label: 'Weniger als eine Stunde' },
        {
          label: 'Eine bis vier Stunden',
          fix: 'Für alles über eine Stunde: Stell den Laptop an einen Tisch mit erhöhtem Bildschirm und separater Tastatur.',
        },
        {
          label: 'Mehr als vier Stunden',
          fix: 'Richte dir einen richtigen Platz für lange Laptop-Tage ein – erhöhter Bildschirm, separate Tastatur – und halte die Arbeit auf dem Sofa kurz.',
        },
        { label: noLaptop },
      ],
    },
    'sitting-stretch': {
      text: 'Wie lange sitzt du meist, bevor du aufstehst?',
      why: 'Langes Sitzen am Stück ist hart für einen steifen Rücken; kurze, regelmäßige Pausen sind einfach und risikoarm.',
      options: [
        { label: 'Weniger als eine halbe Stunde' },
        {
          label: 'Eine halbe bis eine Stunde',
          fix: 'Steh etwa jede halbe Stunde für ein, zwei Minuten auf – zum Dehnen, für ein Glas Wasser, für ein paar Schritte.',
        },
        { label: 'Ein bis zwei Stunden', fix: breakReminders },
        { label: 'Mehr als zwei Stunden', fix: breakReminders },
      ],
    },
    'position-changes': {
      text: 'Wechselst du im Lauf des Tages die Haltung – telefonierst im Stehen, gehst ein paar Schritte, wechselst zwischen Sitzen und Stehen?',
      why: 'Keine Haltung ist stundenlang perfekt; wer zwischen ihnen wechselt, verteilt die Last.',
      options: [{ label: 'Oft' }, { label: 'Manchmal', fix: moveMore }, { label: 'Selten', fix: moveMore }],
    },
    'lunch-away': {
      text: 'Machst du deine Mittagspause weg vom Schreibtisch?',
      why: 'Eine echte Pause mitten am Tag gibt deinem Rücken einen längeren Haltungswechsel.',
      options: [
        { label: 'An den meisten Tagen' },
        { label: 'Manchmal', fix: lunchAway },
        { label: 'Selten – ich esse am Schreibtisch', fix: lunchAway },
      ],
    },
  },
  areas: {
    breaks: {
      label: 'Pausen und Bewegung',
      note: 'Sitz-Steh-Tische und Erinnerungen verkürzen die Sitzzeit; ihre Wirkung auf Rückenschmerzen ist gering oder unsicher. Kurze, regelmäßige Pausen sind risikoarm und sinnvoll.',
    },
    chair: {
      label: 'Stuhl',
      note: `${setUpNote} Ein Lendenkissen dient dem Komfort und ist kaum direkt untersucht; einen Versuch ist es wert.`,
    },
    screen: { label: 'Bildschirm', note: setUpNote },
    laptop: { label: 'Laptop', note: setUpNote },
    keyboard_mouse: { label: 'Tastatur und Maus', note: setUpNote },
    feet: { label: 'Füße und Beinfreiheit', note: setUpNote },
    phone: { label: 'Telefonieren', note: setUpNote },
  },
};
