import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-menopause.ts`, by lesson id. */
export const deMenopause: LessonCatalogue = {
  'menopause-transition': {
    title: 'Die Wechseljahre und dein Rücken',
    summary:
      'Schmerzen in Muskeln und Gelenken gehören zu den häufigsten Veränderungen in den Wechseljahren, und du bist damit bei Weitem nicht allein.',
    gradeReason:
      'Große Studien zeigen, wie häufig die Beschwerden sind; warum sie entstehen, wird noch erforscht.',
    body: [
      {
        text: 'Die Wechseljahre sind die Zeitspanne von Jahren, oft in deinen Vierzigern, in der die Periode unregelmäßig wird und dann aufhört. Die Jahre vor der letzten Periode nennen Ärztinnen und Ärzte Perimenopause. Die ganze Veränderung kann mehrere Jahre dauern und sieht bei jeder Frau anders aus.',
      },
      {
        text: 'Die meisten kennen Hitzewallungen und Nachtschweiß. Weniger bekannt ist, dass schmerzende Gelenke, steife Muskeln und Rückenschmerzen ebenfalls zu den häufigsten Veränderungen gehören, von denen Frauen in diesen Jahren berichten. Studien, die Frauen durch die Wechseljahre begleitet haben, fanden, dass viele neue oder stärkere Beschwerden bemerkten, und bei manchen behinderten die Beschwerden den Alltag.',
      },
      {
        text: 'Warum passiert das? Östrogen, eines der Hormone, die in den Wechseljahren sinken und schwanken, wirkt auf Knochen, Muskeln, Sehnen und Gelenke. Forschende vermuten, dass sein Auf und Ab und der niedrigere Spiegel nach der letzten Periode eine Rolle spielen. Alter, Schlaf, Stress, Bewegung und Gewicht verändern sich zur selben Zeit, deshalb lässt sich schwer sagen, wie viel jedes davon beiträgt. Eine Übersichtsarbeit von 2024 hat einen Namen für diese Gruppe von Veränderungen vorgeschlagen, aber Ursache und Wirkung im Einzelnen werden noch untersucht.',
      },
      {
        text: 'Was bedeutet das für dich? Erstens: Rückenschmerzen in der Lebensmitte sind häufig und meist kein Zeichen für etwas Ernstes. Zweitens: Was bei Rückenschmerzen allgemein hilft, hilft auch hier: aktiv bleiben, Kraft aufbauen, auf Schlaf und Stress achten. Drittens: Es kann helfen, deinen Zyklus und deine Beschwerden neben deinen Schmerzen festzuhalten, damit du und deine Ärztin oder dein Arzt sehen könnt, ob sie zusammenhängen.',
      },
      {
        items: [
          'Bleib in Bewegung: sanfte Aktivität an den meisten Tagen ist besser als Ruhe.',
          'Trainier zwei- oder dreimal pro Woche Kraft: Muskeln und Knochen sprechen beide darauf an.',
          'Schütze deinen Schlaf: Schlechte Nächte lassen Schmerzen am nächsten Tag schlimmer wirken.',
          'Schreib auf, was dir auffällt: Schmerzen, Periode, Hitzewallungen und Schlaf, nebeneinander.',
        ],
      },
      {
        text: 'Die Belege, dass diese Beschwerden häufig sind, sind recht stark. Die Belege dafür, warum genau sie entstehen, sind schwächer, deshalb hat diese Lektion den Evidenzgrad C.',
      },
      { text: 'Beginn den Tag mit fünf Minuten sanfter Mobilisation.' },
      { text: 'Lies etwas über Östrogen, Knochen, Muskeln und Bandscheiben.' },
    ],
  },
  'estrogen-and-tissues': {
    title: 'Östrogen, Knochen, Muskeln, Gelenke und Bandscheiben',
    summary:
      'Weniger Östrogen geht mit schnellerem Knochenabbau und mit Veränderungen der Muskeln einher, möglicherweise auch der Gelenke und Bandscheiben, aber vieles im Einzelnen ist noch unsicher.',
    gradeReason:
      'Der Knochenabbau in den Wechseljahren ist gut gemessen; Verbindungen zu Muskeln, Gelenken und Bandscheiben stammen aus kleineren oder Beobachtungsstudien.',
    body: [
      {
        text: 'Östrogen ist vor allem als Fortpflanzungshormon bekannt, hilft aber auch, Knochen, Muskeln und andere Gewebe in gutem Zustand zu halten. Wenn sein Spiegel rund um die letzte Periode sinkt, verändern sich mehrere Gewebe. Hier steht, was bekannt ist, von den festesten Belegen bis zu den schwächsten.',
      },
      {
        text: 'Knochen: Das ist die klarste Verbindung. Eine große amerikanische Studie, die Frauen durch die Wechseljahre begleitet hat (SWAN), hat die Knochendichte Jahr für Jahr gemessen. Der Knochenabbau beschleunigte sich ab etwa einem Jahr vor der letzten Periode bis etwa zwei Jahre danach und wurde dann wieder langsamer. In diesen Jahren verlor die Wirbelsäule einen spürbaren Teil ihrer Dichte. Das ist ein Grund, warum Knochengesundheit in der Lebensmitte so wichtig ist.',
      },
      {
        text: 'Muskeln: Muskelmasse und Kraft nehmen bei allen Menschen mit dem Alter langsam ab. Weniger Östrogen scheint das bei Frauen zu verstärken, und Studien deuten darauf hin, dass sich Muskeln nach harter Arbeit weniger leicht erholen. Die gute Nachricht: Muskeln sprechen in jedem Alter auf Krafttraining an.',
      },
      {
        text: 'Gelenke und Sehnen: Schmerzende Gelenke sind in den Wechseljahren häufig. Östrogen wirkt auf Knorpel und auf das Gewebe rund um die Gelenke, aber wie viel die hormonelle Veränderung zu den Beschwerden beiträgt, statt des Alters oder anderer Veränderungen, ist noch nicht klar.',
      },
      {
        text: 'Bandscheiben: Die Bandscheiben zwischen den Wirbeln verändern sich bei allen Menschen mit dem Alter. Manche Studien deuten darauf hin, dass sie sich nach der Menopause schneller verändern, aber die Belege sind begrenzt und stammen meist aus kleinen oder Beobachtungsstudien. Veränderungen der Bandscheiben auf einem MRT- oder Röntgenbild sind auch bei Menschen ganz ohne Schmerzen häufig, eine Veränderung auf dem Bild erklärt Schmerzen also nicht allein.',
      },
      {
        items: [
          'Stärkste Belege: Der Knochenabbau beschleunigt sich rund um die letzte Periode.',
          'Mittlere Belege: Muskelmasse und Kraft nehmen mit dem Alter und mit weniger Östrogen ab.',
          'Schwächere Belege: Verbindungen zwischen den Wechseljahren und Gelenkschmerzen sowie Veränderungen der Bandscheiben.',
        ],
      },
      {
        text: 'Was kannst du damit anfangen? Kraft- und Stoßübungen helfen Muskeln und Knochen, und für die meisten Frauen sind sie sicher, wenn sie nach und nach gesteigert werden. Wenn du dir Sorgen um deine Knochen machst, kann deine Hausärztin oder dein Hausarzt dein Risiko einschätzen. Ob eine Hormonbehandlung für dich richtig ist, ist eine Frage für deine Ärztin oder deinen Arzt, und auch dazu gibt es eine Lektion.',
      },
      { text: 'Probier eine Krafteinheit für Beine, Gesäß und Rücken.' },
      { text: 'Lies, was über die Hormonersatztherapie bekannt ist.' },
    ],
  },
  'hrt-to-discuss': {
    title: 'Hormonersatztherapie: ein Thema für das ärztliche Gespräch',
    summary:
      'Eine Hormonersatztherapie lindert Hitzewallungen und schützt die Knochen, aber ob sie bei Rückenschmerzen hilft, ist unbekannt, also entscheidest du das mit deiner Ärztin oder deinem Arzt.',
    gradeReason:
      'Leitlinien stützen die Hormonersatztherapie bei Hitzewallungen und für die Knochen (A), zu Rückenschmerzen selbst gibt es aber kaum Belege (D).',
    body: [
      {
        text: 'Eine Hormonersatztherapie (HRT) ersetzt einen Teil der Hormone, die in den Wechseljahren sinken, vor allem Östrogen. Es gibt sie in verschiedenen Formen, etwa als Tabletten, Pflaster und Gele, und viele Frauen haben Fragen dazu. Diese Lektion sagt, was bekannt ist. Sie rät weder zu noch von der Einnahme ab: Das entscheidest du zusammen mit deiner Ärztin oder deinem Arzt.',
      },
      {
        text: 'Wobei eine HRT nachweislich hilft: Die britische Leitlinie zu den Wechseljahren sagt, dass eine HRT gegen Hitzewallungen und Nachtschweiß wirksam ist. Sie schützt außerdem vor Knochenabbau und senkt das Risiko für Knochenbrüche, solange sie eingenommen wird.',
      },
      {
        text: 'Was nicht bekannt ist: Es gibt kaum gute Belege dafür, ob eine HRT Rückenschmerzen selbst verringert. Manche Frauen sagen, dass ihre Beschwerden mit einer HRT nachlassen, aber das wurde in Studien nicht gut genug geprüft, um zu sagen, dass sie bei Rückenschmerzen wirkt. Deshalb geben wir diesem Teil den Evidenzgrad D.',
      },
      {
        text: 'Warum das ein Gespräch ist und keine Regel: Nutzen und Risiken einer HRT hängen von deinem Alter ab, davon, wie lange deine Periode schon ausgeblieben ist, von deiner eigenen und der familiären Krankengeschichte und von der Art der HRT. Deine Hausärztin oder dein Hausarzt, deine Frauenärztin oder dein Frauenarzt oder eine Fachperson für Wechseljahre kann das mit dir durchgehen. Die Entscheidung kann sich mit der Zeit ändern, und sie liegt bei dir.',
      },
      {
        items: [
          'Schreib deine Beschwerden vor dem Termin auf: Hitzewallungen, Schlaf, Stimmung, Gliederschmerzen und Schmerzen.',
          'Bring eine Zusammenfassung deines Schmerz- und Schlaftagebuchs mit, wenn du eines führst.',
          'Frag, welchen Nutzen und welche Risiken es gerade für dich hätte.',
          'Frag, was sonst noch helfen könnte, mit oder ohne HRT.',
        ],
      },
      {
        text: 'Wie auch immer du dich bei der HRT entscheidest: Was bei Rückenschmerzen hilft, gilt weiterhin: aktiv bleiben, Krafttraining, guter Schlaf und Wege, Stress abzubauen.',
      },
      { text: 'Lies, wie Östrogen mit Knochen, Muskeln und Gelenken zusammenhängt.' },
    ],
  },
};
