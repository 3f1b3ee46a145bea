import type { LessonCatalogue } from './texts.js';

/** German texts of the movement lessons (`lessons-movement.ts`): exercise, walking, strength, Pilates. */
export const deMovement: LessonCatalogue = {
  'exercise-helps': {
    title: 'Warum Bewegung einem schmerzenden Rücken hilft',
    summary:
      'Bewegung lindert Schmerzen und hilft dir, bei lang anhaltenden Rückenschmerzen mehr zu schaffen, und die beste Art ist die, bei der du dranbleibst.',
    gradeReason:
      'Ein großer Cochrane-Review vieler Studien und die NICE-Leitlinie sprechen beide für Bewegungstraining.',
    body: [
      {
        text: 'Wenn dein Rücken wehtut, kann sich Bewegung wie genau das Falsche anfühlen. Dabei gehört Bewegungstraining zu den am besten belegten Behandlungen bei Rückenschmerzen, die schon länger als ein paar Monate bestehen. Ein großer Review, der weit über zweihundert Studien zusammenfasste, fand: Bewegungstraining linderte die Schmerzen und half den Menschen, im Alltag mehr zu schaffen, verglichen mit keiner Behandlung oder der üblichen Versorgung. Auch die britische Leitlinie empfiehlt Bewegungstraining bei Schmerzen im unteren Rücken.',
      },
      {
        text: 'Welche Bewegung ist die beste? Studien zu Gehen, Krafttraining, Pilates, Yoga, Dehnen und gemischten Programmen zeigen alle einen Nutzen, und die Unterschiede zwischen ihnen sind klein. Am wichtigsten ist, dass du regelmäßig übst. Die beste Bewegung ist also die, die dir Freude macht, in deine Woche passt und die du durchhalten kannst.',
      },
      {
        text: 'Wie hilft sie? Bewegung macht Muskeln stärker und Gelenke weniger steif, aber das ist nur ein Teil davon. Sie beruhigt auch ein übervorsichtiges Nervensystem, hebt die Stimmung, verbessert den Schlaf und stärkt dein Vertrauen, dass du dich auf deinen Rücken verlassen kannst. Diese Veränderungen zählen genauso viel wie die Muskeln.',
      },
      {
        items: [
          'Fang kleiner an, als du glaubst, und steigere dich Woche für Woche.',
          'Misch es: etwas für die Kraft, etwas für die Ausdauer, etwas für die Beweglichkeit.',
          'Setz lieber auf regelmäßige Einheiten als auf gelegentliche große.',
          'Rechne mit einem Auf und Ab: Ein Schmerzschub ist kein Zeichen für einen Schaden.',
        ],
      },
      {
        text: 'Ein wenig Unbehagen beim Üben ist normal und meist unbedenklich. Die Lektion zu Schmerzen beim Training erklärt, wie viel in Ordnung ist und wann du es ruhiger angehen solltest.',
      },
      {
        text: 'Die Effekte in Studien sind echt, aber mäßig: Bewegung lässt Schmerzen selten verschwinden, macht sie aber oft kleiner und leichter zu ertragen. Das ist es wert.',
      },
      { text: 'Probier jetzt eine kurze Mobilisationsroutine.' },
      { text: 'Lies, wie viel Schmerz beim Training in Ordnung ist.' },
    ],
  },
  walking: {
    title: 'Gehen: einfach, kostenlos und durch eine Studie gestützt',
    summary:
      'Ein über Monate aufgebautes Gehprogramm mit etwas Begleitung half Menschen, länger frei von Rückenschmerzen zu bleiben.',
    gradeReason:
      'Eine große, sorgfältig durchgeführte randomisierte Studie (WalkBack); weitere Studien würden das Ergebnis festigen.',
    body: [
      {
        text: 'Zum Gehen brauchst du keine Ausrüstung, keinen Kurs und kein besonderes Können. Bei Rückenschmerzen gibt es dafür inzwischen auch gute Belege aus einer Studie. In der WalkBack-Studie in Australien wurden etwa siebenhundert Erwachsene, die sich gerade von einer Episode mit Schmerzen im unteren Rücken erholt hatten, in zwei Gruppen aufgeteilt. Eine Gruppe folgte einem Gehprogramm, das über sechs Monate langsam gesteigert wurde, mit einigen Beratungsterminen bei einer Physiotherapeutin oder einem Physiotherapeuten. Die andere Gruppe hatte kein Programm.',
      },
      {
        text: 'In der Gehgruppe dauerte es im Durchschnitt etwa doppelt so lange bis zur nächsten Episode von Rückenschmerzen, die den Alltag einschränkte. Die Menschen dort brauchten auch seltener Behandlung wegen einer neuen Episode. Die meisten Teilnehmenden waren Frauen, im Durchschnitt Mitte fünfzig.',
      },
      {
        text: 'Das Programm verlangte am Anfang keine langen Spaziergänge. Die Teilnehmenden begannen auf einem Niveau, das sich angenehm anfühlte, und legten nach und nach ein wenig zu, mit dem Ziel von etwa einer halben Stunde an den meisten Tagen zum Ende hin. Langsam vorzugehen war Teil des Plans.',
      },
      {
        items: [
          'Beginne mit einem Spaziergang, der sich leicht anfühlt, auch wenn es nur zehn Minuten sind.',
          'Leg jede Woche ein paar Minuten drauf, nicht jeden Tag.',
          'Geh in einem Tempo, bei dem du dich noch unterhalten kannst.',
          'Wenn ein Spaziergang deinen Rücken aufflammen lässt, geh zurück zur letzten Dauer, die sich gut angefühlt hat.',
          'Bequeme Schuhe helfen; eine flache Strecke ist anfangs schonender.',
        ],
      },
      {
        text: 'Das ist eine einzelne Studie, wenn auch eine große und sorgfältige, daher der Evidenzgrad B. Gehen tut außerdem Herz, Stimmung, Schlaf und Knochen gut, du hast also wenig zu verlieren, wenn du es ausprobierst.',
      },
      { text: 'Probier eine Schreibtischpause, die dich auf die Beine bringt.' },
    ],
  },
  'strength-and-glutes': {
    title: 'Krafttraining, Gesäßmuskeln und dein Rücken',
    summary:
      'Krafttraining hilft bei Rückenschmerzen und schützt in der Lebensmitte Muskeln und Knochen, und die Gesäß- und Hüftmuskeln zu trainieren ist ein sinnvoller Teil davon.',
    gradeReason:
      'Studien stützen Kraft- und Kontrollübungen; die Belege speziell für die Gesäßmuskeln sind bescheidener.',
    body: [
      {
        text: 'Krafttraining heißt, deine Muskeln gegen einen Widerstand arbeiten zu lassen: dein eigenes Körpergewicht, ein Widerstandsband oder Gewichte. Übersichtsarbeiten über Studien finden, dass Kraft- und Kontrollübungen bei lang anhaltenden Schmerzen im unteren Rücken die Schmerzen lindern und die Funktion verbessern, etwa so gut wie andere Arten von Bewegungstraining.',
      },
      {
        text: 'In der Lebensmitte gibt es einen zweiten Grund dafür. Muskelmasse und Kraft nehmen mit dem Alter und nach der Menopause ab, und der Knochenabbau beschleunigt sich. Muskeln und Knochen reagieren beide auf Belastung, in jedem Alter. Der britische Konsens zu Bewegung für die Knochengesundheit empfiehlt Krafttraining als zentralen Baustein, um die Knochen stark zu halten.',
      },
      {
        text: 'Warum die Gesäßmuskeln? Sie strecken und stabilisieren die Hüften. Sie entlasten den unteren Rücken, wenn du aufstehst, Treppen steigst, etwas hebst oder gehst. Viele Menschen, die viel sitzen, haben hier schwache Muskeln. Sie zu kräftigen ist ein vernünftiges Ziel und gehört zu den meisten Rückenprogrammen, aber Studien, die Gesäßtraining für sich allein prüfen, gibt es nur wenige. Deshalb halten wir die Erwartungen bescheiden.',
      },
      {
        items: [
          'Zwei oder drei Einheiten pro Woche mit einem Ruhetag dazwischen sind ein guter Rhythmus.',
          'Wähle eine Last, die du in sauberer Ausführung für einen Satz von etwa zehn bis zwölf Wiederholungen schaffst.',
          'Erhöhe die Last ein wenig oder mach ein paar Wiederholungen mehr, wenn es sich leicht anzufühlen beginnt.',
          'Aufstehen vom Stuhl, Brücke, Rudern und Zehenstand decken schon viel ab.',
          'Etwas Muskelkater ein, zwei Tage später ist am Anfang normal.',
        ],
      },
      {
        text: 'Wenn du mit Osteoporose lebst oder nach einem leichten Sturz schon einmal einen Knochenbruch hattest, können die Kraftprogramme der App knochenschonende Varianten einsetzen. Eine Physiotherapeutin oder ein Physiotherapeut kann dir helfen, die Last sicher zu steigern.',
      },
      { text: 'Probier Kraft A.' },
      { text: 'Danach das Gegenstück, Kraft B.' },
    ],
  },
  pilates: {
    title: 'Pilates bei Rückenschmerzen',
    summary:
      'Pilates bringt im Vergleich zu wenig Aktivität kleine bis mäßige Verbesserungen bei Schmerzen und Funktion und wirkt etwa so gut wie anderes Bewegungstraining.',
    gradeReason:
      'Ein Cochrane-Review von zehn Studien mit wenigen Teilnehmenden und meist kurzer Nachbeobachtung.',
    body: [
      {
        text: 'Pilates ist eine Trainingsform mit langsamen, kontrollierten Bewegungen, bewusster Atmung und Aufmerksamkeit für die tiefen Muskeln von Rumpf und Hüften. Viele Physiotherapeutinnen und Physiotherapeuten nutzen Übungen im Pilates-Stil bei Rückenschmerzen, und Kurse gibt es fast überall.',
      },
      {
        text: 'Ein Cochrane-Review hat zehn Studien zu Pilates bei Schmerzen im unteren Rücken zusammengetragen. Verglichen mit einer minimalen Behandlung, etwa einem Informationsblatt, linderte Pilates kurzfristig die Schmerzen und verbesserte die Funktion im Alltag um ein kleines bis mäßiges Maß. Verglichen mit anderen Trainingsarten schnitt es etwa gleich gut ab, nicht besser. Die Studien waren klein und begleiteten die Teilnehmenden meist nur wenige Monate, daher der Evidenzgrad B.',
      },
      {
        text: 'Pilates ist also eine gute Wahl, wenn es dir Freude macht und zu dir passt. Es ist kein besonderes Heilmittel, und du verpasst nichts, wenn du lieber gehst, schwimmst oder ins Fitnessstudio gehst. Der Nutzen scheint aus regelmäßigem, schrittweise gesteigertem Training zu kommen und nicht aus etwas, das nur diese Methode hat.',
      },
      {
        items: [
          'Such dir eine Trainerin oder einen Trainer, die nach deinem Rücken fragen und die Übungen anpassen.',
          'Beweg dich langsam und atme gleichmäßig; du musst die Luft nicht anhalten.',
          'Lass Übungen weg, bei denen du den Rücken unter Last nach vorn rundest, wenn du deine Knochen schützen musst.',
          'Zwei Einheiten pro Woche sind ein üblicher Einstieg.',
        ],
      },
      {
        text: 'Das Programm im Pilates-Stil in der App machst du größtenteils im Liegen, und es dauert etwa fünfzehn Minuten.',
      },
      { text: 'Probier das Rumpfprogramm im Pilates-Stil.' },
    ],
  },
};
