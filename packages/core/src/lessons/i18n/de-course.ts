import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-course.ts`, by lesson id. */
export const deCourse: LessonCatalogue = {
  'back-pain-usually-eases': {
    title: 'Wie Rückenschmerzen meist verlaufen',
    summary:
      'Die meisten neuen Rückenschmerzen werden innerhalb von etwa sechs Wochen deutlich besser, und sanft aktiv zu bleiben hilft mehr als Bettruhe.',
    gradeReason: 'Übereinstimmende Ergebnisse großer Studien und die Empfehlung der NICE-Leitlinie.',
    body: [
      {
        text: 'Rückenschmerzen können Angst machen, besonders wenn sie plötzlich und heftig kommen. Es hilft zu wissen, wie sie sich meist verhalten. Bei den meisten Menschen werden neue Kreuzschmerzen innerhalb weniger Wochen deutlich besser, und den meisten geht es nach etwa sechs Wochen viel besser. Die Schmerzen können stark sein, auch wenn nichts Ernstes dahintersteckt: Wie sehr es wehtut, zeigt nicht, wie viel beschädigt ist.',
      },
      {
        text: 'Meist lässt sich keine einzelne Ursache finden. Ärztinnen und Ärzte nennen das nicht-spezifische Kreuzschmerzen. Das ist kein Zeichen dafür, dass deine Wirbelsäule zerbrechlich ist. Muskeln, Gelenke, Nerven, Schlaf, Stress und Stimmung bestimmen alle mit, wie sehr und wie lange ein Rücken wehtut.',
      },
      {
        text: 'Früher war Bettruhe der übliche Rat. Studien haben inzwischen gezeigt, dass Menschen, die so aktiv bleiben, wie sie können, genauso gut oder besser genesen als die, die sich schonen. Sanfte Bewegung hält den Rücken beweglich und zeigt dem Körper, dass Bewegung sicher ist. Du musst nicht warten, bis die Schmerzen weg sind, bevor du anfängst.',
      },
      {
        items: [
          'Mach so viel von deinem normalen Alltag weiter, wie du kannst, notfalls in kleineren Portionen.',
          'Wechsle oft die Position und mach kurze Spaziergänge.',
          'Wärme, etwa ein warmes Bad oder ein Wärmekissen, hilft manchen, lockerer zu werden.',
          'Teil dir deine Kräfte ein: jeden Tag ein bisschen mehr statt alles an einem guten Tag.',
        ],
      },
      {
        text: 'Rückenschmerzen kommen oft von Zeit zu Zeit wieder. Das ist häufig und heißt nicht, dass etwas übersehen wurde. Regelmäßige Bewegung, Krafttraining und tägliches Gehen können die nächste Episode unwahrscheinlicher oder milder machen.',
      },
      {
        text: 'Geh zu deiner Hausärztin oder deinem Hausarzt oder in die Physiotherapie, wenn es nach vier bis sechs Wochen nicht deutlich besser wird, oder früher, wenn etwas Neues dazukommt. Manche Warnzeichen brauchen dringend oder sofort ärztliche Hilfe; die Lektion zu Warnzeichen führt sie alle auf.',
      },
      { text: 'Probier fünf Minuten sanfte Mobilisation am Morgen.' },
      { text: 'Lies die Warnzeichen und wohin du dich wenden kannst.' },
    ],
  },
  'scans-and-imaging': {
    title: 'Wann eine Bildgebung hilft und wann nicht',
    summary:
      'Bei den meisten Rückenschmerzen ohne Warnzeichen ändert eine Bildgebung nichts an der Behandlung, und oft zeigt sie Veränderungen, die für dein Alter normal sind.',
    gradeReason:
      'Die NICE-Leitlinie rät von routinemäßiger Bildgebung bei Kreuzschmerzen ohne Warnzeichen ab.',
    body: [
      {
        text: 'Viele Menschen mit Rückenschmerzen wünschen sich ein Röntgenbild oder ein MRT, um zu sehen, was los ist. Das fühlt sich nach dem Vorsichtigen an. Bei den meisten Rückenschmerzen hilft eine Bildgebung aber nicht, und die britische Leitlinie sagt, sie nicht routinemäßig anzubieten.',
      },
      {
        text: 'Warum nicht? Bilder von Menschen ganz ohne Rückenschmerzen zeigen oft abgenutzte Bandscheiben, Bandscheibenvorwölbungen und kleine Veränderungen an den Gelenken. Diese Veränderungen werden mit jedem Lebensjahrzehnt häufiger, wie graue Haare oder Falten. Wenn das Bild eines schmerzenden Rückens sie zeigt, kann es also nicht sagen, ob sie die Ursache der Schmerzen sind oder schon immer da waren.',
      },
      {
        text: 'Eine Bildgebung kann auch schaden. Wörter in einem Befund wie „Degeneration“ klingen beunruhigend, und wer sie liest, kann sich mehr Sorgen machen und sich weniger bewegen, was die Genesung meist verlangsamt. Röntgen und CT bringen außerdem Strahlung mit sich.',
      },
      {
        text: 'Wann hilft eine Bildgebung? Wenn eine Ärztin oder ein Arzt etwas Bestimmtes vermutet, das sich auf dem Bild zeigen lässt und das ändern würde, was sie tun: zum Beispiel nach einem schweren Sturz, bei manchen Warnzeichen oder wenn bei Beinschmerzen, die nicht abklingen, eine Operation oder Spritze erwogen wird. Das entscheidet eine Ärztin oder ein Arzt, nachdem sie mit dir gesprochen und dich untersucht haben.',
      },
      {
        items: [
          'Bei Rückenschmerzen ohne Warnzeichen ist eine Bildgebung meist nicht nötig.',
          'Veränderungen auf dem Bild sind auch ohne Schmerzen häufig und oft nicht die Ursache.',
          'Warnzeichen brauchen rasche ärztliche Hilfe, und über eine Bildgebung entscheidet eine Ärztin oder ein Arzt.',
        ],
      },
      {
        text: 'Wenn schon eine Aufnahme gemacht wurde und dich der Befund beunruhigt, bitte deine Hausärztin oder deinen Hausarzt oder deine Physiotherapeutin oder deinen Physiotherapeuten, dir zu erklären, was die Wörter für dich bedeuten. Oft beschreiben sie normale Altersveränderungen.',
      },
      { text: 'Lies, wie Rückenschmerzen meist verlaufen.' },
      { text: 'Sieh dir die Warnzeichen an.' },
    ],
  },
  'reading-your-insights': {
    title: 'So liest du deine eigenen Einblicke',
    summary:
      'Ein Muster in deinem eigenen Tagebuch kann auf etwas hinweisen, das einen Versuch wert ist, aber ein Zusammenhang zwischen zwei Dingen beweist nicht, dass das eine das andere verursacht.',
    gradeReason:
      'Muster im Tagebuch einer einzelnen Person sind Beobachtungen: Sie können etwas nahelegen, aber nichts beweisen.',
    body: [
      {
        text: 'Der Bereich „Einblicke“ sucht nach Mustern in dem, was du einträgst: zum Beispiel, ob deine Schmerzen nach einer kurzen Nacht, an vollen Arbeitstagen oder zu bestimmten Zeiten in deinem Zyklus eher stärker sind. Diese Muster können nützlich sein. Man liest aber auch leicht zu viel hinein, deshalb hier, wie du sie betrachten kannst.',
      },
      {
        text: 'Ein Zusammenhang ist keine Ursache. Wenn deine Schmerzen nach kurzen Nächten stärker sind, kann schlechter Schlaf die Schmerzen verschlimmern. Aber Schmerzen können dich auch wach halten, oder eine stressige Woche kann beides auslösen. Dein Tagebuch zeigt, dass sich zwei Dinge gemeinsam verändern; es kann nicht zeigen, welches das andere antreibt oder ob ein Drittes beide antreibt.',
      },
      {
        text: 'Kleine Zahlen schwanken. Mit nur ein paar Wochen Einträgen kann ein Muster zufällig auftauchen und im nächsten Monat wieder verschwinden. Deshalb zeigt jeder Einblick, auf wie vielen Tagen er beruht, und eine Spanne, und deshalb sagt die App „noch nicht genug Daten“, wenn es zu wenig gibt, um etwas zu sagen.',
      },
      {
        items: [
          'Schau dir an, auf wie vielen Tagen ein Einblick beruht, bevor du ihm vertraust.',
          'Eine breite Spanne heißt, die App ist unsicher; eine schmale, sie ist sich sicherer.',
          'Frag dich, was sich zur selben Zeit sonst noch verändert hat.',
          'Sieh ein Muster als Idee zum Ausprobieren, nicht als Urteil.',
        ],
      },
      {
        text: 'Am besten lernst du aus einem Muster, indem du es ausprobierst. Wenn kurze Nächte mit stärkeren Schmerzen einherzugehen scheinen, achte zwei Wochen lang besonders auf deinen Schlaf und sieh nach, ob sich deine Schmerzeinträge verändern. Ändere immer nur eine Sache, damit du erkennst, was den Unterschied gemacht hat.',
      },
      {
        text: 'Deine Muster sind es auch wert, sie deiner Hausärztin oder deinem Hausarzt oder in der Physiotherapie zu zeigen. Sie sind keine Diagnose, geben aber ein klareres Bild als die Erinnerung allein.',
      },
      { text: 'Lies über den Kreislauf von Schlaf und Schmerzen.' },
    ],
  },
};
