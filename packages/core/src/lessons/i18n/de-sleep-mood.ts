import type { LessonCatalogue } from './texts.js';

/** German texts of `lessons-sleep-mood.ts`: the sleep–pain loop, night pain, stress and mood, tension. */
export const deSleepMood: LessonCatalogue = {
  'sleep-pain-loop': {
    title: 'Der Kreislauf aus Schlaf, Stress und Schmerz',
    summary:
      'Schlechter Schlaf sagt einen schmerzhafteren nächsten Tag stärker voraus als Schmerz eine schlechte Nacht, deshalb ist guter Schlaf einer der Hebel, die du in der Hand hast.',
    gradeReason:
      'Ein Review von Langzeit- und Tag-für-Tag-Studien; die meisten sind Beobachtungsstudien, einige sind Experimente.',
    body: [
      {
        text: 'Schmerzen erschweren das Schlafen, und schlechter Schlaf lässt Schmerzen schlimmer wirken. Viele kennen diesen Kreislauf aus eigener Erfahrung. Die Forschung ergänzt eine Wendung: Wenn Studien Menschen Nacht für Nacht begleiten, sagt eine schlechte Nacht einen schmerzhafteren nächsten Tag meist stärker voraus als ein schmerzhafter Tag eine schlechte Nacht. Der Zusammenhang geht in beide Richtungen, aber der Schlaf scheint der stärkere Antrieb zu sein.',
      },
      {
        text: 'In Experimenten macht Schlafmangel Menschen schmerzempfindlicher und scheint die körpereigenen Wege zu schwächen, Schmerz herunterzuregeln. Das könnte ein Grund sein, warum nach einer unruhigen Nacht alles mehr wehtut.',
      },
      {
        text: 'Auch Stress gehört zu diesem Kreislauf. Stresshormone wie Cortisol sind Teil des körpereigenen Alarmsystems; in einer Krise helfen sie, aber wenn der Stress wochenlang anhält, leidet der Schlaf und die Muskeln bleiben angespannt. Wie genau Stresshormone auf lange Sicht den Schmerz beeinflussen, wird noch erforscht, deshalb machen wir keine Aussagen über Cortisol selbst. Klar ist: Stress, Schlaf und Schmerz steigen und fallen oft gemeinsam.',
      },
      {
        text: 'In den Wechseljahren kommen Nachtschweiß und Hitzewallungen als weiterer Grund zum Aufwachen hinzu. Wenn du Nachtschweiß neben Schlaf und Schmerzen festhältst, kannst du sehen, ob er zu deinem Muster gehört.',
      },
      {
        items: [
          'Halte feste Zeiten zum Schlafengehen und Aufstehen ein, auch nach einer schlechten Nacht.',
          'Komm in der letzten Stunde zur Ruhe: gedämpftes Licht, Bildschirme weg, etwas Ruhiges.',
          'Halte das Schlafzimmer kühl; das hilft auch bei Nachtschweiß.',
          'Wenn du lange wach liegst, steh auf und mach etwas Ruhiges, bis du müde wirst.',
          'Sprich mit deiner Hausärztin oder deinem Hausarzt, wenn du wochenlang schlecht schläfst: Es gibt wirksame Behandlungen gegen Schlafstörungen ohne Medikamente.',
        ],
      },
      { text: 'Geh die Checkliste für deinen Schlafplatz durch.' },
      { text: 'Probier das Abendprogramm zum Runterkommen.' },
    ],
  },
  'mattress-and-night-pain': {
    title: 'Matratzen, Kissen und Schmerzen in der Nacht',
    summary:
      'In einer Studie schnitt eine mittelfeste Matratze bei lang anhaltenden Rückenschmerzen besser ab als eine feste, entgegen dem verbreiteten Rat, hart zu schlafen.',
    gradeReason:
      'Eine gute randomisierte Studie (Kovacs, 2003) zur Härte der Matratze; die Tipps zu Kissen sind Einschätzungen von Fachleuten.',
    body: [
      {
        text: 'Jahrelang hieß es, Menschen mit Rückenschmerzen sollten auf einer festen, ja harten Matratze schlafen. Eine Studie in Spanien hat das überprüft. Etwa dreihundert Erwachsene mit lang anhaltenden Schmerzen im unteren Rücken, die sie im Bett oder beim Aufstehen plagten, bekamen eine neue Matratze: entweder fest oder mittelfest. Weder sie noch die Forschenden wussten, welche sie hatten.',
      },
      {
        text: 'Nach drei Monaten berichteten die Menschen auf der mittelfesten Matratze häufiger über weniger Schmerzen im Liegen und weniger Einschränkungen als die auf der festen; bei den Schmerzen beim Aufstehen zeigte das Ergebnis in dieselbe Richtung, war aber weniger sicher. Der verbreitete Rat wurde also nicht bestätigt: Mittelfest schnitt besser ab als fest.',
      },
      {
        text: 'Das war eine einzelne Studie mit einer Art von Matratze, sie sagt dir also nicht, welches Modell du kaufen sollst. Bequemlichkeit zählt, und eine Matratze, die in der Mitte durchhängt, ist auch nicht gut. Wenn du ohnehin eine neue Matratze brauchst, ist mittelfest ein vernünftiger Ausgangspunkt.',
      },
      {
        items: [
          'In Seitenlage: Ein Kissen zwischen den Knien hält das Becken gerade.',
          'In Rückenlage: Ein Kissen unter den Knien kann den unteren Rücken entlasten.',
          'Wähle eine Kissenhöhe, bei der dein Kopf in einer Linie mit der Wirbelsäule bleibt.',
          'Steh auf, indem du dich auf die Seite rollst und dich mit den Armen hochdrückst.',
        ],
      },
      {
        text: 'Diese Kissentipps sind Maßnahmen für mehr Bequemlichkeit, die auf Erfahrung beruhen, nicht auf Studien; behalte die, die dir helfen. Schmerzen, die ständig da sind, in keiner Position nachlassen und nachts schlimmer werden, sind etwas anderes als gewöhnliche Steifheit: Sie gehören zu den Warnzeichen, die du abklären lassen solltest.',
      },
      { text: 'Geh die Checkliste für deinen Schlafplatz durch.' },
      { text: 'Sieh dir die Warnzeichen an.' },
    ],
  },
  'stress-mood-and-pain': {
    title: 'Stress, Stimmung, Angst und Rückenschmerzen',
    summary:
      'Stress, Sorgen und gedrückte Stimmung können Schmerzen lauter machen, und zu lernen, mit ihnen umzugehen, hat Rückenschmerzen in Studien gebessert.',
    gradeReason:
      'Eine gute randomisierte Studie (Cherkin, 2016) und die NICE-Leitlinie stützen psychologische Ansätze zusätzlich zu Bewegungstraining.',
    body: [
      {
        text: 'Schmerz entsteht im Nervensystem, und das Nervensystem hört auf alles: deinen Körper, deine Umgebung, deine Gedanken und deine Stimmung. Wenn du gestresst, ängstlich oder niedergeschlagen bist, ist das System in Alarmbereitschaft, und Schmerz kann sich lauter anfühlen. Das heißt nicht, dass du dir den Schmerz einbildest. Es heißt, dass Stimmung und Stress echte Bestandteile davon sind, wie sehr ein Rücken wehtut.',
      },
      {
        text: 'Es geht auch umgekehrt: Mit Schmerzen zu leben ist belastend und kann die Stimmung zermürben. Die Lebensmitte bringt oft noch andere Lasten mit sich, etwa die Sorge für andere, Druck bei der Arbeit und die Veränderungen der Wechseljahre.',
      },
      {
        text: 'Das Ermutigende: Fähigkeiten, mit Stress und Sorgen umzugehen, helfen auch bei Schmerzen. In einer Studie mit Erwachsenen mit lang anhaltenden Schmerzen im unteren Rücken führten sowohl ein achtwöchiger Kurs in achtsamkeitsbasierter Stressreduktion als auch ein Kurs in kognitiver Verhaltenstherapie (KVT) dazu, dass sich mehr Menschen in ihrer Rückenfunktion spürbar besser fühlten als mit der üblichen Versorgung. Die britische Leitlinie empfiehlt psychologische Ansätze wie die KVT als Teil eines Behandlungsplans, der Bewegungstraining einschließt.',
      },
      {
        items: [
          'Achte auf den Zusammenhang: Halte ein paar Wochen lang Stress und Stimmung neben den Schmerzen fest.',
          'Kurze, regelmäßige Pausen zum Atmen oder Bewegen helfen mehr als eine lange Ruhephase.',
          'Teil dir den Tag ein: Verteile anstrengende Aufgaben, statt dich durchzubeißen.',
          'Bleib mit Menschen in Kontakt; Einsamkeit macht Schmerzen und gedrückte Stimmung schwerer.',
          'Wenn gedrückte Stimmung oder Ängste wochenlang anhalten, sprich mit deiner Hausärztin oder deinem Hausarzt: Hilfe wirkt.',
        ],
      },
      {
        text: 'Wenn du dich jemals hoffnungslos fühlst oder Gedanken hast, dir etwas anzutun, wende dich noch heute an deine Hausärztin oder deinen Hausarzt, an einen Krisendienst für seelische Notlagen oder an die Notrufnummer in deinem Land.',
      },
      { text: 'Lies über Muskelanspannung und Achtsamkeit.' },
    ],
  },
  'tension-and-mindfulness': {
    title: 'Muskelanspannung, Atmung und Achtsamkeit',
    summary:
      'Langsames Atmen und Achtsamkeit können Anspannung lösen und dir helfen, anders mit Schmerz umzugehen, und ein Achtsamkeitskurs verbesserte in einer Studie die Rückenfunktion.',
    gradeReason:
      'Eine gute randomisierte Studie zu einem Achtsamkeitskurs; die Belege für kurze Atemübungen allein sind schwächer.',
    body: [
      {
        text: 'Wenn du gestresst bist oder Schmerzen hast, spannen sich Muskeln oft an, ohne dass du es merkst: Die Schultern gehen hoch, der Kiefer presst sich zusammen, der Atem wird flach. Über Stunden gehalten, kann diese Anspannung eigene Beschwerden machen, besonders in Nacken, Schultern und oberem Rücken.',
      },
      {
        text: 'Achtsamkeit heißt, auf das zu achten, was gerade jetzt geschieht, auch auf Empfindungen im Körper, ohne sie zu bewerten oder gegen sie anzukämpfen. In einer Studie mit Erwachsenen mit lang anhaltenden Schmerzen im unteren Rücken half ein achtwöchiger Achtsamkeitskurs, zu dem auch sanftes Yoga gehörte, mehr Menschen zu einer spürbaren Verbesserung ihrer Rückenfunktion als die übliche Versorgung. Viele sagen, dass Achtsamkeit verändert, wie sehr der Schmerz sie belastet, auch wenn der Schmerz selbst noch da ist.',
      },
      {
        text: 'Langsames Atmen ist ein einfacher Anfang. Langsames Ausatmen beruhigt meist die Alarmreaktion des Körpers. Es birgt kaum Risiken, und vielen hilft es, zur Ruhe zu kommen, auch wenn die Belege dafür, dass kurze Atemübungen allein Rückenschmerzen lindern, schwach sind.',
      },
      {
        items: [
          'Spür ein paarmal am Tag nach: Schultern, Kiefer, Hände, Atem.',
          'Atme ein, zwei Minuten lang etwas länger aus als ein.',
          'Lass angespannte Muskeln bei jedem Ausatmen weicher werden.',
          'Wenn der Schmerz stark ist, achte darauf, wo er sitzt und wie er sich anfühlt, statt nur darauf, wie schlimm er ist.',
          'Ein Kurs oder eine App kann dich anleiten; kurzes, regelmäßiges Üben ist besser als seltene lange Einheiten.',
        ],
      },
      { text: 'Probier das Abendprogramm zum Runterkommen mit langsamem Atmen.' },
      { text: 'Lockere Nacken und Schultern am Schreibtisch.' },
    ],
  },
};
