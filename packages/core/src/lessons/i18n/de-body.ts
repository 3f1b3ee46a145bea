import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-body.ts`, by lesson id. */
export const deBody: LessonCatalogue = {
  'weight-and-back': {
    title: 'Gewicht in der Lebensmitte und Rückenschmerzen',
    summary:
      'Ein höheres Körpergewicht geht mit mehr Rückenschmerzen einher, doch ob Abnehmen die Schmerzen lindert, ist viel unsicherer, und mehr Bewegung hilft bei jeder Figur.',
    gradeReason:
      'Eine Metaanalyse von Beobachtungsstudien zeigt den Zusammenhang; Studien zum Abnehmen bei Rückenschmerzen gibt es kaum.',
    body: [
      {
        text: 'Viele Frauen merken, dass sich ihr Gewicht und ihre Figur in der Lebensmitte verändern, oft rund um die Taille. Das ist in den Wechseljahren häufig und kein persönliches Versagen. Hormone, Schlaf, Stress, Muskelabbau und ein voller Alltag spielen alle mit.',
      },
      {
        text: 'Studien, die Daten von vielen Tausend Menschen zusammengefasst haben, fanden: Ein höheres Körpergewicht geht mit mehr Kreuzschmerzen einher, mit länger anhaltenden Schmerzen und mit mehr Arztbesuchen deswegen. Das ist ein Zusammenhang aus Beobachtungsstudien und beweist nicht, dass das Gewicht die Schmerzen verursacht. Beides kann gemeinsame Ursachen haben, etwa weniger Bewegung oder schlechteren Schlaf.',
      },
      {
        text: 'Hilft Abnehmen gegen Rückenschmerzen? Bei manchen vielleicht, aber es gibt nur wenige gute Studien, deshalb kann es niemand versprechen. Gut belegt ist dagegen, dass Bewegung bei Rückenschmerzen hilft, egal welche Figur du hast. Krafttraining, Gehen und andere Bewegung tun den Schmerzen, der Stimmung, dem Schlaf und der Gesundheit auf lange Sicht gut, ob sich die Waage bewegt oder nicht.',
      },
      {
        items: [
          'Achte auf das, was du tun kannst, nicht auf eine Zahl: mehr Bewegung, kräftigere Muskeln, besserer Schlaf.',
          'Wähle, was sich heute in deinem Körper gut anfühlt; Gehen und Wassergymnastik sind ein sanfter Anfang.',
          'Krafttraining hilft, Muskeln zu erhalten, die in der Lebensmitte eher abnehmen.',
          'Wenn du beim Gewicht Unterstützung möchtest, kann deine Hausärztin oder dein Hausarzt passende Möglichkeiten mit dir besprechen.',
        ],
      },
      {
        text: 'Taille oder Gewicht festzuhalten ist ganz freiwillig. Wenn es dir hilft, Fortschritte zu sehen, nutze es; wenn du dich damit schlechter fühlst, lass es weg. Dein Rücken profitiert so oder so von Bewegung.',
      },
      { text: 'Probier eine Krafteinheit.' },
      { text: 'Lies etwas über das Gehen.' },
    ],
  },
  'core-strength': {
    title: 'Die Rumpfmuskulatur: was sie ist und was nicht',
    summary:
      'Rumpf- und Kontrollübungen helfen bei Rückenschmerzen etwa so gut wie andere Übungen, ein starker Rumpf ist also nützlich, aber nicht der einzige Schlüssel zu einem gesunden Rücken.',
    gradeReason:
      'Ein Cochrane-Review zu motorischem Kontrolltraining: besser als minimale Versorgung, ähnlich wie andere Übungen.',
    body: [
      {
        text: 'Der Rumpf, oft „Core“ genannt, ist die Muskelgruppe rund um deinen Oberkörper: die tiefen Bauchmuskeln, die Muskeln entlang der Wirbelsäule, der Beckenboden, das Zwerchfell und die Muskeln rund um die Hüften. Zusammen stabilisieren und bewegen sie den Rumpf.',
      },
      {
        text: 'Jahrelang galt ein schwacher Rumpf als Ursache von Rückenschmerzen, und spezielle Übungen, die tiefe Muskeln „anschalten“ sollten, wurden als Lösung gelehrt. Man nennt sie motorisches Kontrolltraining. Ein Cochrane-Review fand, dass sie tatsächlich helfen: Die Menschen hatten weniger Schmerzen und konnten mehr tun als mit minimaler Versorgung. Sie wirkten aber etwa so gut wie andere Übungen, nicht besser.',
      },
      {
        text: 'Ein kräftiger, gut kontrollierter Rumpf lohnt sich also, und Rumpfübungen sind ein guter Teil eines Programms. Du musst den Bauch nicht den ganzen Tag einziehen und deinen Rumpf bei alltäglichen Bewegungen nicht starr anspannen. Das Ziel ist ein Rücken, der sich frei bewegt, und ein Rumpf, der arbeiten kann, wenn es nötig ist.',
      },
      {
        items: [
          'Dead Bug, Vierfüßlerstand mit gestrecktem Arm und Bein (Bird Dog), Beckenheben (Brücke) und seitlicher Unterarmstütz sind gute Allround-Übungen für den Rumpf.',
          'Atme bei Rumpfübungen normal weiter; die Luft anzuhalten erhöht die Belastung.',
          'Nach einer Geburt oder bei Beckenbodenproblemen kann eine auf Frauengesundheit spezialisierte Physiotherapeutin oder ein solcher Physiotherapeut die Übungen anpassen.',
          'Lass Sit-ups und Crunches weg, wenn du deine Knochen schonen musst; die Programme der App verzichten darauf.',
        ],
      },
      {
        text: 'Der Evidenzgrad ist B: Mehrere Studien stützen Rumpftraining, mit Grenzen bei Größe und Dauer der Nachbeobachtung.',
      },
      { text: 'Probier das Rumpfprogramm im Pilates-Stil.' },
      { text: 'Lies etwas über Krafttraining und die Gesäßmuskeln.' },
    ],
  },
  inflammation: {
    title: 'Entzündung: was das Wort bedeutet und was nicht',
    summary:
      'Entzündung gehört dazu, wie der Körper heilt, und auch wenn dauerhafte, leichte Entzündung bei Schmerzen erforscht wird, gibt es keinen einfachen Weg, sie bei Rückenschmerzen „abzuschalten“.',
    gradeReason:
      'Welche Rolle leichte Entzündung bei gewöhnlichen Rückenschmerzen spielt, ist noch eine offene Forschungsfrage.',
    body: [
      {
        text: 'Entzündung ist die Antwort des Körpers auf eine Verletzung oder Infektion: Die Durchblutung nimmt zu, die Stelle kann anschwellen und wehtun, und die Reparatur beginnt. Nach einer Zerrung gehört etwas Entzündung zur Heilung und ist nichts, wovor du Angst haben musst.',
      },
      {
        text: 'Forschende interessieren sich auch für dauerhafte, leichte Entzündung, die mit dem Alter, Bewegungsmangel, schlechtem Schlaf, Stress und höherem Körpergewicht eher zunimmt. Weniger Östrogen kann dazu beitragen. Ob diese Art von Entzündung gewöhnliche Rückenschmerzen antreibt, und wie stark, ist noch nicht bekannt. Du wirst viele Produkte und Ernährungsformen sehen, die versprechen, Entzündungen zu bekämpfen; die Belege dafür bei Rückenschmerzen sind schwach.',
      },
      {
        text: 'Bei einigen Erkrankungen ist die Wirbelsäule selbst entzündet, etwa bei entzündlichen Rückenschmerzen: Der Rücken ist morgens lange steif, wird mit Bewegung besser und in Ruhe schlechter. Dieses Muster ist einen Besuch in der Hausarztpraxis innerhalb von ein, zwei Wochen wert; die Lektion zu Warnzeichen führt es zusammen mit den anderen Zeichen auf.',
      },
      {
        items: [
          'Regelmäßige Bewegung, guter Schlaf und ein guter Umgang mit Stress gehen alle mit weniger Entzündung einher.',
          'Eine abwechslungsreiche Ernährung mit viel Pflanzlichem ist insgesamt gesund, was immer sie bei Rückenschmerzen bewirkt.',
          'Sei vorsichtig bei Produkten, die versprechen, Entzündungen zu heilen.',
          'Morgensteifigkeit, die länger als eine halbe Stunde anhält und mit Bewegung besser wird, solltest du in der Hausarztpraxis ansprechen.',
        ],
      },
      { text: 'Lies etwas über Ernährungsmuster und Rückenschmerzen.' },
      { text: 'Sieh dir die Warnzeichen an.' },
    ],
  },
  'bone-health': {
    title: 'Knochengesundheit, Osteopenie und Osteoporose',
    summary:
      'Rund um die letzte Periode geht Knochenmasse schneller verloren, und Kraft-, Stoß- und Gleichgewichtsübungen gehören zum Besten, was du für deine Knochen tun kannst.',
    gradeReason:
      'Der Knochenabbau um die Menopause ist in großen Studien gut gemessen; die Übungsempfehlungen beruhen auf einem britischen Konsens.',
    body: [
      {
        text: 'Knochen ist lebendes Gewebe, das ständig ab- und wieder aufgebaut wird. Rund um die Menopause verschiebt weniger Östrogen das Gleichgewicht in Richtung Abbau. Eine große Studie, die Frauen durch die Wechseljahre begleitet hat, fand: Der Knochenabbau beschleunigt sich ab etwa einem Jahr vor der letzten Periode bis etwa zwei Jahre danach, grob geschätzt um etwa zwei Prozent pro Jahr, und wird dann langsamer.',
      },
      {
        text: 'Osteopenie bedeutet, dass die Knochendichte niedriger ist als der Durchschnitt junger Erwachsener, aber nicht so niedrig, dass man von Osteoporose spricht. Osteoporose bedeutet, dass die Knochen schwächer geworden sind und leichter brechen, zum Beispiel das Handgelenk nach einem Sturz oder ein Wirbelkörper nach einer kleinen Belastung. Beides wird mit einer Knochendichtemessung festgestellt, und deine Hausärztin oder dein Hausarzt kann dein Bruchrisiko einschätzen.',
      },
      {
        text: 'Der britische Konsens zu Bewegung bei Osteoporose, unter Leitung der Royal Osteoporosis Society, empfiehlt drei Dinge: Krafttraining und etwas Stoßbelastung, etwa zügiges Gehen, Treppensteigen oder kleine Sprünge, wenn sie für dich passen, um die Knochen zu belasten; Gleichgewichtstraining, um Stürzen vorzubeugen; und Übungen, die die Rückenmuskeln kräftigen und so die Haltung stützen.',
      },
      {
        items: [
          'Krafttraining zwei- oder dreimal pro Woche, die Last nach und nach steigern.',
          'An den meisten Tagen etwas Stoßbelastung, in einem Maß, das zu dir passt.',
          'Gleichgewicht üben, zum Beispiel auf einem Bein stehen, mit etwas zum Festhalten in der Nähe.',
          'Übungen, die die Rückenstrecker kräftigen, die Muskeln entlang der Wirbelsäule.',
          'Bei Osteoporose die Wirbelsäule unter Last nicht weit nach vorn beugen, etwa bei Sit-ups oder wenn du mit den Händen die Zehen berührst; beuge dich stattdessen aus der Hüfte.',
        ],
      },
      {
        text: 'Wenn du mit Osteoporose lebst oder dir bei einem leichten Sturz schon einmal etwas gebrochen hast, kann die App Übungen durch knochenschonende Varianten ersetzen. Wenn du kleiner wirst oder dein oberer Rücken runder wird, kann das ein Zeichen für einen Wirbelbruch sein und ist einen Besuch in der Hausarztpraxis wert.',
      },
      { text: 'Probier eine Krafteinheit.' },
      { text: 'Lies etwas über Östrogen und den Körper.' },
    ],
  },
};
