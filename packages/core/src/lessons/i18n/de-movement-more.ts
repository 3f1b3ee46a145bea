import type { LessonCatalogue } from './texts.js';

/** German texts of `lessons-movement-more.ts`: yoga, swimming, stretching, pain during exercise. */
export const deMovementMore: LessonCatalogue = {
  yoga: {
    title: 'Yoga bei Rückenschmerzen',
    summary:
      'Yoga bringt im Vergleich zu keinem Training kleine bis mäßige Verbesserungen der Rückenfunktion und etwa so viel wie anderes Bewegungstraining.',
    gradeReason:
      'Ein Cochrane-Review von 21 Studien; die Vertrauenswürdigkeit reicht von niedrig bis moderat.',
    body: [
      {
        text: 'Yoga verbindet Körperhaltungen, Atmung und gesammelte Aufmerksamkeit. Zu Rückenschmerzen hat ein Cochrane-Review aus dem Jahr 2022 21 Studien mit über zweitausend Menschen zusammengetragen; die meisten waren Frauen in ihren Vierzigern oder Fünfzigern. Verglichen mit keinem Training führte Yoga über mehrere Monate zu kleinen Verbesserungen bei der Rückenfunktion und den Schmerzen.',
      },
      {
        text: 'Verglichen mit anderem Rückentraining, etwa Übungen aus der Physiotherapie, schnitt Yoga etwa gleich ab. Yoga ist also eine gute Möglichkeit, keine bessere. Die Mischung aus Bewegung, Atmung und ruhiger Aufmerksamkeit passt vielleicht besonders gut zu dir, wenn Stress und Anspannung Teil deiner Schmerzen sind.',
      },
      {
        text: 'Nebenwirkungen waren meist leicht, etwa eine kurzzeitige Zunahme der Rückenschmerzen, und traten etwa so oft auf wie bei anderem Training. Wenn du es sanft angehst und einen passenden Kurs wählst, bleibt das Risiko gering.',
      },
      {
        items: [
          'Wähle einen sanften Kurs oder einen Anfängerkurs oder eine Lehrerin oder einen Lehrer mit Erfahrung bei Rückenschmerzen.',
          'Beweg dich im angenehmen Bereich: Eine Dehnung soll sich wie eine Dehnung anfühlen, nicht wie ein stechender Schmerz.',
          'Lass tiefe Vorbeugen und starke Drehungen weg, wenn du deine Knochen schützen musst; die App kann sie austauschen.',
          'Nimm Klötze, Kissen oder einen Stuhl zu Hilfe, um Haltungen leichter zu machen.',
        ],
      },
      {
        text: 'Du musst nicht beweglich sein, um anzufangen. Viele Haltungen gehen auch auf einem Stuhl oder an der Wand, und eine gute Lehrerin oder ein guter Lehrer bietet leichtere Varianten an. Kurzes, regelmäßiges Üben zu Hause, schon zehn Minuten ein paarmal pro Woche, ist ein realistischer Weg, zwischen den Kursstunden dranzubleiben.',
      },
      {
        text: 'Der Evidenzgrad ist B, weil die Studien sich in Qualität und Yogastil unterscheiden und viele klein sind. Das Gesamtbild ist aber einheitlich: Yoga hilft etwa so viel wie anderes Bewegungstraining.',
      },
      { text: 'Probier das sanfte Yogaprogramm.' },
    ],
  },
  swimming: {
    title: 'Schwimmen und Wassergymnastik',
    summary:
      'Schwimmen und Wassergymnastik sind eine sanfte Art, mit Rückenschmerzen aktiv zu bleiben, auch wenn es nur wenige Studien zum Schwimmen allein gibt.',
    gradeReason:
      'Bewegungstraining allgemein ist gut belegt (A), aber Studien zum Schwimmen selbst bei Rückenschmerzen gibt es kaum.',
    body: [
      {
        text: 'Das Wasser trägt einen großen Teil deines Körpergewichts, deshalb kann sich Bewegung im Becken leichter und weniger schmerzhaft anfühlen als an Land. Warmes Wasser kann außerdem helfen, dass sich die Muskeln entspannen. Für viele Menschen mit Rückenschmerzen ist das Schwimmbad der Ort, an dem Bewegung zum ersten Mal wieder möglich scheint.',
      },
      {
        text: 'Was sagen die Belege? Bewegungstraining insgesamt hilft eindeutig bei lang anhaltenden Rückenschmerzen, und die beste Art ist die, bei der du dranbleibst. Es gibt einige Studien zu Training im Wasser, aber nur sehr wenige, die das Bahnenschwimmen allein bei Rückenschmerzen prüfen. Wir können also nicht sagen, dass Schwimmen besser oder schlechter ist als anderes Training; wir können sagen, dass es eine vernünftige Wahl ist, wenn es dir Freude macht.',
      },
      {
        text: 'Eines solltest du wissen: Weil das Wasser dein Gewicht trägt, belastet Schwimmen die Knochen kaum. Der britische Konsens zu Bewegung für die Knochengesundheit rät, neben dem Schwimmen Krafttraining und etwas Aktivität auf den eigenen Beinen, etwa Gehen, einzuplanen.',
      },
      {
        items: [
          'Probier Gehen im Wasser oder einen Aquakurs, wenn Schwimmzüge wehtun.',
          'Kraulen und Rückenschwimmen halten den Rücken lang; wechsle die Schwimmart.',
          'Brustschwimmen mit hoch gehaltenem Kopf macht Nacken und unteren Rücken hohl; ein Schwimmbrett oder Schnorchel kann helfen.',
          'Warme Becken sind oft schonender für steife Gelenke.',
          'Kombiniere die Einheiten im Wasser mit Krafttraining an Land, deinen Knochen zuliebe.',
        ],
      },
      {
        text: 'Der Evidenzgrad für das Schwimmen selbst ist D, weil es kaum für sich allein untersucht wurde. Das heißt nicht, dass es nicht hilft; es heißt, dass die Studien dazu fehlen.',
      },
      { text: 'Ergänze eine Krafteinheit an Land.' },
    ],
  },
  stretching: {
    title: 'Dehnen: hilfreich, aber allein nicht genug',
    summary:
      'Dehnen kann Steifheit lösen und guttun, ist aber allein bei Rückenschmerzen schlechter belegt als Krafttraining oder gemischtes Training.',
    gradeReason:
      'Dehnen gehört zu vielen wirksamen Programmen, ist als Behandlung für sich allein aber kaum belegt.',
    body: [
      {
        text: 'Nach einem langen Tag im Sitzen sind verspannte Hüften, verkürzte hintere Oberschenkel und ein steifer Rücken häufig. Dehnen tut vielen Menschen gut und gehört zu den meisten Rückenprogrammen. Sanftes Dehnen ist auch ein guter Einstieg in Bewegung, wenn Schmerzen größere Bewegungen schwer machen.',
      },
      {
        text: 'Die Belege für Dehnen allein sind schwächer als für anderes Training. Eine Analyse aus dem Jahr 2020, die viele Trainingsarten verglich, fand für Dehnen allein keinen klaren Vorteil gegenüber keinem Training, weder bei Schmerzen noch bei der Funktion, während Pilates, Krafttraining und Kontrollübungen besser abschnitten. Deshalb hat diese Lektion für Dehnen allein den Evidenzgrad D.',
      },
      {
        text: 'Sieh Dehnen also als eine Zutat und nicht als die ganze Mahlzeit. Kombiniere es mit etwas, das Kraft aufbaut, und mit etwas, das dich länger in Bewegung bringt, etwa Gehen. Dehn dich, weil du dich dadurch lockerer fühlst und dich leichter bewegst, nicht weil es allein deinen Rücken in Ordnung bringt.',
      },
      {
        items: [
          'Halte eine sanfte Dehnung etwa zwanzig bis dreißig Sekunden und atme dabei langsam.',
          'Dehn bis zu einer leichten Spannung, nie in einen stechenden Schmerz hinein.',
          'Hüften, hintere Oberschenkel und die Vorderseite der Brust verkürzen sich durch Sitzen am meisten.',
          'Erzwinge keine Vorbeugen oder Drehungen bis zum Anschlag, wenn deine Knochen Schutz brauchen.',
        ],
      },
      {
        text: 'Eine kurze Dehnpause am Schreibtisch oder am Abend ist ein einfacher Weg, daraus eine Gewohnheit zu machen.',
      },
      { text: 'Probier das Abendprogramm zum Runterkommen.' },
      { text: 'Oder zwei Minuten Rückenentlastung am Schreibtisch.' },
    ],
  },
  'pain-during-exercise': {
    title: 'Wie viel Schmerz beim Training in Ordnung ist',
    summary:
      'Etwas Schmerz beim Training ist in Ordnung, wenn er mäßig bleibt und bis zum nächsten Tag abklingt, und dann ist das ein Zeichen, weiterzumachen statt aufzuhören.',
    gradeReason:
      'Das Vorgehen mit Schmerzbeobachtung stammt aus Studien zu Sehnen; bei Rückenschmerzen ist es ein Rat von Fachleuten.',
    body: [
      {
        text: 'Viele Menschen hören mit dem Training auf, sobald etwas wehtut, aus Angst, etwas kaputtzumachen. Bei gewöhnlichen Rückenschmerzen ist etwas Unbehagen beim Training häufig und meist unbedenklich. Schmerz beim Training ist eher ein Zeichen für einen empfindlichen Rücken als für einen Schaden.',
      },
      {
        text: 'Eine einfache Art, das einzuschätzen, ist das Ampel-Prinzip. Es stammt aus einer Studie mit Menschen mit Schmerzen an der Achillessehne: Sie trieben weiter Sport, solange ihr Schmerz innerhalb vereinbarter Grenzen blieb, und es ging ihnen genauso gut wie denen, die pausierten. Physiotherapeutinnen und Physiotherapeuten nutzen dieselbe Idee heute bei Rückenschmerzen, auch wenn sie dort nicht so sorgfältig geprüft ist.',
      },
      {
        items: [
          'Grün: Schmerz bis etwa 2 von 10 während des Trainings. Mach weiter.',
          'Gelb: Schmerz bis etwa 5 von 10, der bis zum nächsten Morgen auf dein übliches Maß zurückgeht. In Ordnung; bleib vorerst auf derselben Stufe.',
          'Rot: Schmerz über 5 von 10 oder Schmerz, der am nächsten Tag noch stärker ist als sonst. Mach es beim nächsten Mal leichter: weniger Wiederholungen, weniger Last oder eine einfachere Variante.',
        ],
      },
      {
        text: 'Der nächste Morgen ist der beste Maßstab. Fühlt sich dein Rücken nicht schlechter an als sonst, war das, was du gemacht hast, in Ordnung, auch wenn es währenddessen wehgetan hat. Fühlt er sich schlechter an, fahr ein wenig zurück und steigere dich dann langsamer wieder. Die App nutzt dieselbe Regel, wenn sie vorschlägt, ein Programm zu steigern oder zu erleichtern.',
      },
      {
        text: 'Manches ist kein gewöhnlicher Trainingsschmerz: neue Taubheit, Schwäche in einem Bein oder Schmerzen, die in beide Beine ausstrahlen. Hör auf und lies die Lektion zu Warnzeichen, wenn etwas davon auftritt.',
      },
      { text: 'Lies die Warnzeichen.' },
      { text: 'Lies, warum Bewegung einem schmerzenden Rücken hilft.' },
    ],
  },
};
