import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-desk.ts`, by lesson id. */
export const deDesk: LessonCatalogue = {
  'posture-and-sitting': {
    title: 'Haltung und langes Sitzen',
    summary:
      'Die eine perfekte Haltung gibt es nicht, und oft die Position zu wechseln ist wichtiger, als eine „richtige“ Haltung festzuhalten.',
    gradeReason:
      'Sitzen zu unterbrechen ist sinnvoll und risikoarm, aber seine Wirkung auf Rückenschmerzen ist in Studien klein oder unsicher.',
    body: [
      {
        text: 'Vielen von uns wurde gesagt, wir sollen gerade sitzen, und viele Menschen mit Rückenschmerzen befürchten, ihre Haltung sei schuld. Die Studienlage ist beruhigender. Menschen mit ganz unterschiedlichen Haltungen haben Rückenschmerzen, und viele, die krumm sitzen, haben keine. Es gibt kaum gute Belege, dass eine bestimmte Art zu sitzen oder zu stehen Rückenschmerzen verhindert.',
      },
      {
        text: 'Wichtiger scheint zu sein, lange in einer Position zu bleiben. Muskeln und Gelenke mögen Abwechslung. Eine zusammengesunkene Haltung ist eine Weile in Ordnung, eine aufrechte auch; schwierig wird es, wenn eine von beiden stundenlang gehalten wird. Die beste Haltung ist deshalb oft die nächste.',
      },
      {
        text: 'Runde Schultern, ein nach vorn gekipptes Becken, verkürzte Hüftbeuger und schwache Gesäßmuskeln sind bei Menschen, die viel sitzen, häufig. An Kraft und Beweglichkeit zu arbeiten kann dir mehr Wohlbefinden bringen, aber es geht nicht darum, deinen Körper in eine Lehrbuchform zu zwingen.',
      },
      {
        items: [
          'Wechsle etwa jede halbe Stunde die Position, und sei es nur, indem du dich auf dem Stuhl anders hinsetzt.',
          'Steh mindestens einmal pro Stunde auf und beweg dich ein, zwei Minuten.',
          'Lehn dich zurück, mit einer Stütze hinter dem unteren Rücken, wenn du müde bist.',
          'Wenn eine Position wehtut, wechsle sie; wenn sie sich gut anfühlt, ist sie wahrscheinlich in Ordnung.',
        ],
      },
      {
        text: 'Übersichtsarbeiten zu Veränderungen am Arbeitsplatz zeigen, dass Sitz-Steh-Tische und Erinnerungen die Sitzzeit verringern. Ob das Rückenschmerzen verringert, ist unsicherer, deshalb hat diese Lektion den Evidenzgrad C. Mehr Bewegung tut deinem Rücken, deinem Herzen und deiner Stimmung trotzdem gut und kostet wenig.',
      },
      { text: 'Richte Bewegungspausen für deine Arbeitszeit ein.' },
      { text: 'Probier eine Zwei-Minuten-Lockerung für den Rücken.' },
    ],
  },
  'desk-setup': {
    title: 'Deinen Schreibtisch einrichten',
    summary:
      'Ein paar Änderungen an Stuhl, Bildschirm und Tastatur können lange Tage am Schreibtisch angenehmer machen, auch wenn die Belege, dass sie Rückenschmerzen verhindern, bescheiden sind.',
    gradeReason:
      'Büro-Checklisten wie ROSA erkennen ungünstige Einrichtungen zuverlässig; der Nutzen, sie zu verbessern, ist in Studien bescheiden.',
    body: [
      {
        text: 'Wenn du stundenlang am Schreibtisch sitzt, bestimmt die Einrichtung, wie du den größten Teil des Tages sitzt. Forschende haben Checklisten entwickelt, etwa das Rapid Office Strain Assessment (ROSA), die Stuhl, Bildschirm, Tastatur, Maus und Telefon bewerten. Höhere Werte gehen mit mehr Beschwerden einher. Der Schreibtisch-Check der App folgt demselben Gedanken.',
      },
      {
        text: 'Die Einrichtung zu ändern hilft manchen, sich wohler zu fühlen, aber Studien zeigen nur bescheidene Wirkungen auf Schmerzen. Ein guter Schreibtisch ist eine Hilfe, keine Heilung. Sieh es so: Du räumst Hindernisse aus dem Weg, damit dein Körper nicht den ganzen Tag gegen die Möbel arbeiten muss.',
      },
      {
        items: [
          'Stuhl: Füße flach auf dem Boden oder auf einer Fußstütze, Knie etwa auf Höhe der Hüften.',
          'Rücken: Setz dich nach hinten, sodass die Lehne die Kurve deines unteren Rückens stützt.',
          'Bildschirm: Oberkante auf oder knapp unter Augenhöhe, etwa eine Armlänge entfernt.',
          'Laptop: auf einen Ständer oder Bücher stellen und eine separate Tastatur und Maus nutzen.',
          'Tastatur und Maus: nah bei dir, sodass deine Ellbogen locker seitlich am Körper bleiben.',
          'Telefon: ein Headset oder den Lautsprecher nutzen, statt es mit der Schulter festzuklemmen.',
        ],
      },
      {
        text: 'Vom Sofa, Bett oder Küchentisch aus zu arbeiten ist verbreitet. Wenn das bei dir so ist, helfen trotzdem kleine Lösungen: ein Kissen hinter dem Rücken, eine Kiste unter den Füßen, der Laptop auf Büchern. Und die einfachste Lösung von allen ist, regelmäßig aufzustehen.',
      },
      {
        text: 'Der Schreibtisch-Check dauert ein paar Minuten, bewertet deine Einrichtung und schlägt die Änderungen vor, die für dich am meisten bringen.',
      },
      { text: 'Mach den Schreibtisch-Check.' },
      { text: 'Lies etwas über Lendenstützen.' },
    ],
  },
  'lumbar-support': {
    title: 'Lendenkissen und Rückenstützen',
    summary:
      'Ein kleines Kissen oder ein zusammengerolltes Handtuch hinter dem unteren Rücken ist ein vernünftiger Versuch für mehr Bequemlichkeit, auch wenn es kaum direkte Belege dafür gibt.',
    gradeReason:
      'Eine Maßnahme für mehr Bequemlichkeit mit kaum direkten Studienbelegen; günstig und risikoarm.',
    body: [
      {
        text: 'Der untere Rücken hat eine natürliche Krümmung nach innen. Viele Stühle und Autositze lassen dort eine Lücke, sodass du nach einer Weile hineinsackst. Eine Lendenstütze füllt diese Lücke: ein eingebautes, verstellbares Polster, ein geformtes Kissen oder einfach ein zusammengerolltes Handtuch.',
      },
      {
        text: 'Viele finden eine Lendenstütze bequemer, besonders auf langen Autofahrten oder an langen Schreibtischtagen. Büro-Checklisten wie ROSA werten eine fehlende Stütze für den unteren Rücken als Risikopunkt. Studien, die prüfen, ob Lendenkissen Rückenschmerzen verringern, sind aber selten und klein, deshalb vergeben wir den Evidenzgrad D: vernünftig zum Ausprobieren, nicht belegt.',
      },
      {
        text: 'Rückenbandagen und Stützgürtel sind etwas anderes. Sie werden um den Körper getragen, und die britische Leitlinie rät von Gürteln und Korsetts zur Behandlung von Kreuzschmerzen ab. Mit der Zeit verlässt du dich vielleicht auf sie statt auf deine eigenen Muskeln.',
      },
      {
        text: 'Im Auto haben viele Sitze eine eingebaute Lordosenstütze. Stell sie so ein, dass du etwa auf Gürtelhöhe Halt spürst, ohne nach vorn gedrückt zu werden, und prüf sie erneut, wenn jemand anderes das Auto gefahren hat.',
      },
      {
        items: [
          'Leg das Kissen in die Kuhle deines unteren Rückens, etwa auf Gürtelhöhe.',
          'Es sollte sich wie eine sanfte Stütze anfühlen, nicht wie ein Schub nach vorn.',
          'Mit einem zusammengerollten Handtuch kannst du kostenlos testen, ob es dir hilft.',
          'Nutze es zusätzlich zu regelmäßigen Pausen, nicht statt ihrer.',
        ],
      },
      {
        text: 'Wenn dir eine Stütze mehr Bequemlichkeit bringt, nutze sie weiter. Wenn sie dir nichts bringt, verpasst du keine belegte Behandlung.',
      },
      { text: 'Prüf deine ganze Schreibtisch-Einrichtung.' },
      { text: 'Sieh dir die Reise-Checkliste fürs Auto an.' },
    ],
  },
  'standing-desks': {
    title: 'Stehschreibtische',
    summary:
      'Sitz-Steh-Tische verkürzen die Sitzzeit, aber ihre Wirkung auf Rückenschmerzen ist klein oder unsicher, und den ganzen Tag zu stehen ist nicht das Ziel.',
    gradeReason:
      'Ein Cochrane-Review fand weniger Sitzen mit Sitz-Steh-Tischen; die Wirkung auf Schmerzen war klein oder unsicher.',
    body: [
      {
        text: 'Stehschreibtische wurden beliebt, als die Sorge wegen langen Sitzens wuchs. Ein Cochrane-Review zu Veränderungen am Arbeitsplatz fand, dass Sitz-Steh-Tische die Zeit, die Menschen bei der Arbeit sitzen, tatsächlich verringern, kurzfristig um etwa ein bis zwei Stunden am Tag, auch wenn die Studien von geringer Qualität waren.',
      },
      {
        text: 'Ob das bei Rückenschmerzen hilft, ist viel weniger klar. Studien, die Schmerzen oder Beschwerden gemessen haben, fanden kleine oder keine Wirkungen, und die meisten waren kurz und von geringer Qualität. Ein Stehschreibtisch ist also keine Behandlung gegen Rückenschmerzen. Er ist eine Möglichkeit, öfter die Position zu wechseln.',
      },
      {
        text: 'Stundenlang still zu stehen bringt eigene Probleme mit sich: müde Beine, schmerzende Füße und einen steifen Rücken. Das Ziel ist zu wechseln, nicht eine starre Position gegen eine andere zu tauschen.',
      },
      {
        text: 'Wenn dein Arbeitsplatz einen Sitz-Steh-Tisch bietet, bitte darum, dass der Rest der Einrichtung mitgeht. Bildschirm und Tastatur müssen im Sitzen und im Stehen auf der richtigen Höhe sein, sonst schaust du am Ende nach unten oder musst dich strecken.',
      },
      {
        items: [
          'Wechsle im Lauf des Tages zwischen Sitzen und Stehen, zum Beispiel jede halbe bis ganze Stunde.',
          'Verlagere im Stehen dein Gewicht, stell einen Fuß auf eine niedrige Kiste und trag stützende Schuhe.',
          'Stell den Tisch so ein, dass deine Ellbogen beim Tippen etwa im rechten Winkel gebeugt sind.',
          'Ein, zwei Minuten Gehen sind besser als stilles Stehen.',
        ],
      },
      {
        text: 'Kein Stehschreibtisch? Eine hohe Küchenarbeitsplatte für Telefonate, im Stehen an Besprechungen teilnehmen und beim Telefonieren herumgehen erfüllen denselben Zweck.',
      },
      { text: 'Richte Erinnerungen zum Positionswechsel ein.' },
      { text: 'Probier die Aufsteh-Pause am Schreibtisch.' },
    ],
  },
  'movement-breaks': {
    title: 'Bewegungspausen: Pomodoro oder stündlich',
    summary:
      'Kurze, regelmäßige Pausen vom Sitzen sind risikoarm und sinnvoll, und ein einfacher Timer sorgt dafür, dass sie stattfinden.',
    gradeReason:
      'Weniger Sitzen ist gut untersucht; die Wirkung von Pausen auf Rückenschmerzen selbst ist klein oder unsicher.',
    body: [
      {
        text: 'Wenn du in die Arbeit vertieft bist, kann eine Stunde vergehen, ohne dass du dich überhaupt bewegst. Pausen klappen am besten, wenn sie nicht davon abhängen, dass du daran denkst. Deshalb kann dich die App während deiner Arbeitszeit erinnern.',
      },
      {
        text: 'Es gibt zwei verbreitete Rhythmen. Die Pomodoro-Technik teilt die Arbeit in Blöcke von fünfundzwanzig Minuten mit einer kurzen Pause nach jedem und einer längeren Pause nach vier Blöcken. Viele mögen sie wegen der Konzentration genauso wie wegen ihres Rückens. Der stündliche Rhythmus ist einfacher: jede Stunde ein paar Minuten Bewegung. Beides funktioniert; wähl das, was zu deinem Tag passt.',
      },
      {
        text: 'Wie sollte eine Pause aussehen? Alles, was deine Position ändert und dich in Bewegung bringt: aufstehen, zum Wasserglas-Auffüllen gehen, ein paar Dehnungen, schnell eine Treppe hinauf. Zwei Minuten reichen völlig. Die Schreibtisch-Programme der App sind so gemacht, dass sie in eine Pause passen.',
      },
      {
        items: [
          'Leg deine Arbeitszeit fest, damit Erinnerungen nur kommen, wenn du arbeitest.',
          'Schieb eine Erinnerung auf, wenn du in einer Besprechung bist, und mach die Pause danach.',
          'Wechsle deine Pausen ab: Nacken und Schultern, Rücken, Beine.',
          'Besprechungen am Telefon können Besprechungen im Gehen sein.',
        ],
      },
      {
        text: 'Wie stark sind die Belege? Wege, das Sitzen bei der Arbeit zu verringern, sind untersucht, aber die Wirkungen auf Rückenschmerzen sind klein oder unsicher, deshalb ist der Evidenzgrad C. Pausen sind risikoarm, kosten nichts und helfen vielen, sich weniger steif zu fühlen, deshalb lohnt sich ein Versuch.',
      },
      { text: 'Richte deine Pausen-Erinnerungen ein.' },
      { text: 'Probier eine Zwei-Minuten-Pause für Schultern und Nacken.' },
    ],
  },
  'travel-and-car': {
    title: 'Reisen, Autofahren und dein Rücken',
    summary:
      'Lange Reisen bedeuten langes Sitzen, und ein gut eingestellter Sitz, ein Lendenkissen und regelmäßige Pausen sind vernünftige Wege, weniger steif anzukommen.',
    gradeReason:
      'Einstellungen im Auto und auf Reisen sind Maßnahmen für mehr Bequemlichkeit mit kaum direkten Belegen; Sitzen zu unterbrechen ist risikoarm.',
    body: [
      {
        text: 'Lange Autofahrten, Flüge und Zugreisen lösen oft Rückenschmerzen aus. Du sitzt stundenlang, oft auf einem Sitz, der nicht zu dir passt, und an beiden Enden wird gehoben. Sehr wenige Reisetipps wurden in Studien geprüft, deshalb hat diese Lektion den Evidenzgrad D. Die Tipps sind vernünftig, risikoarm und leicht auszuprobieren.',
      },
      {
        items: [
          'Stell den Autositz ein, bevor du losfährst: ganz nach hinten setzen, Knie etwa auf Hüfthöhe, Lehne leicht nach hinten geneigt.',
          'Schieb den Sitz so nah heran, dass du die Pedale erreichst, ohne dich zu strecken.',
          'Leg ein kleines Kissen oder ein zusammengerolltes Handtuch in die Kuhle deines unteren Rückens.',
          'Stell die Spiegel zuletzt ein, während du gut sitzt, dann erinnern sie dich daran, dich wieder aufzurichten.',
          'Halte auf langen Fahrten etwa jede Stunde an, um ein paar Minuten zu gehen und dich zu dehnen.',
          'Wähl im Flugzeug einen Platz am Gang, damit du aufstehen kannst, wann immer du es brauchst.',
        ],
      },
      {
        text: 'Das Gepäck ist oft das Schwierigste. Koffer mit Rollen, zwei leichtere Taschen statt einer schweren und die Bitte um Hilfe bei den Gepäckfächern über dem Sitz verringern alle die Belastung. Wenn du hebst, halte die Tasche nah am Körper und dreh dich mit den Füßen, statt den Rumpf zu verdrehen.',
      },
      {
        text: 'Hotelbetten und Kissen sind sehr unterschiedlich. Ein zusätzliches Kissen zwischen oder unter den Knien kann ein fremdes Bett rückenfreundlicher machen.',
      },
      { text: 'Ein kurzes Programm nach der Ankunft hilft, die Reise wieder abzuschütteln.' },
      { text: 'Geh die Reise-Checkliste durch.' },
      { text: 'Probier die fünfminütige Dehnung für unterwegs.' },
    ],
  },
};
