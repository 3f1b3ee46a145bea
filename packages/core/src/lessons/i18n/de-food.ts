import type { LessonCatalogue } from './texts.js';

/** German texts of the lessons in `lessons-food.ts`, by lesson id. */
export const deFood: LessonCatalogue = {
  'food-patterns': {
    title: 'Ernährungsmuster und „entzündungshemmendes“ Essen',
    summary:
      'Eine abwechslungsreiche, überwiegend pflanzliche Ernährung ist insgesamt gesund, aber die direkten Belege, dass sie Rückenschmerzen lindert, sind schwach.',
    gradeReason:
      'Gesunde Ernährung ist für die allgemeine Gesundheit gut belegt; Studien zur Ernährung bei Rückenschmerzen gibt es wenige, und sie sind klein.',
    body: [
      {
        text: 'Vielleicht hast du gelesen, dass eine „entzündungshemmende Ernährung“ Rückenschmerzen lindern kann. Gemeint sind meist viel Gemüse, Obst, Hülsenfrüchte, Vollkorn, Nüsse und fetter Fisch und weniger stark verarbeitete Lebensmittel und zuckerhaltige Getränke. Das liegt nah an dem, was nationale Ernährungsempfehlungen ohnehin raten.',
      },
      {
        text: 'Die Idee ist plausibel, denn manche Lebensmittel gehen mit niedrigeren Entzündungswerten im Blut einher. Aber nur sehr wenige Studien haben geprüft, ob eine veränderte Ernährung Rückenschmerzen verringert, und die vorhandenen sind klein. Deshalb geben wir der Aussage, dass Ernährung Rückenschmerzen lindert, den Evidenzgrad D: möglich, nicht gezeigt.',
      },
      {
        text: 'Das heißt nicht, dass Essen unwichtig ist. Eine gesunde Ernährung unterstützt Energie, Schlaf, Stimmung, Knochen- und Herzgesundheit, die alle in der Lebensmitte zählen und beeinflussen können, wie du mit Schmerzen zurechtkommst. Calcium und Eiweiß helfen Knochen und Muskeln, und die britische Empfehlung rät zu Fisch zweimal pro Woche, davon einmal fetter Fisch.',
      },
      {
        items: [
          'Mach Gemüse und Obst zu einem großen Teil jeder Mahlzeit.',
          'Nimm zu jeder Mahlzeit Bohnen, Linsen, Nüsse, Eier, Fisch oder eine andere Eiweißquelle dazu.',
          'Wähl öfter Vollkorn als Weißmehlprodukte.',
          'Milchprodukte oder mit Calcium angereicherte Alternativen helfen den Knochen.',
          'Kein einzelnes Lebensmittel heilt; es kommt auf das Gesamtbild an.',
        ],
      },
      {
        text: 'Sei vorsichtig bei teuren Programmen oder Produkten, die versprechen, Schmerzen zu heilen. Wenn du Unterstützung bei deiner Ernährung möchtest, kann dich eine Ernährungsfachkraft (Diätassistentin oder Diätassistent) so beraten, dass es zu deiner Gesundheit und deinem Geschmack passt.',
      },
      { text: 'Lies etwas über Omega-3, Kurkuma und Ingwer.' },
    ],
  },
  'supplements-omega3-turmeric-ginger': {
    title: 'Omega-3, Kurkuma und Ingwer',
    summary:
      'Omega-3, Kurkuma und Ingwer wurden in kleinen Studien geprüft, meist bei Arthritis, für Rückenschmerzen gibt es kaum Belege, und Präparate können mit Medikamenten wechselwirken.',
    gradeReason:
      'Kleine Studien, meist bei Arthrose und Arthritis; kaum Belege für Rückenschmerzen, und die Qualität der Produkte ist unterschiedlich.',
    body: [
      {
        text: 'Omega-3-Fette (in fettem Fisch), Kurkuma und Ingwer werden oft bei Gliederschmerzen empfohlen, weil sie Entzündungen beeinflussen könnten. Im Labor wirken Stoffe aus allen dreien auf Entzündungswege. Beim Menschen ist das Bild weniger klar.',
      },
      {
        text: 'Die meisten Studien am Menschen zu diesen Nahrungsergänzungsmitteln sind klein und wurden bei Menschen mit Arthrose oder Arthritis gemacht, nicht mit Rückenschmerzen. Manche fanden bescheidene Wirkungen auf Gelenkschmerzen, andere keine. Speziell für Rückenschmerzen gibt es sehr wenige gute Belege. Das US National Center for Complementary and Integrative Health sagt, dass die Belege nicht ausreichen, um zu schließen, dass Kurkuma bei irgendeiner Erkrankung hilft, auch weil Curcumin, sein wichtigster Wirkstoff, schlecht aufgenommen wird und die Produkte sehr unterschiedlich sind.',
      },
      {
        text: 'Nahrungsergänzungsmittel sind nicht immer harmlos. Manche können mit Medikamenten in Wechselwirkung treten, auch mit blutverdünnenden Mitteln, und manche hochkonzentrierten Produkte wurden mit Leberproblemen in Verbindung gebracht. Die Mengen in den Produkten schwanken stark und werden nicht so geprüft wie bei Medikamenten.',
      },
      {
        items: [
          'Als Lebensmittel sind sie in Ordnung: fetter Fisch, Ingwer beim Kochen und Kurkuma im Curry.',
          'Frag vor der Einnahme eines Nahrungsergänzungsmittels in der Apotheke oder in deiner Hausarztpraxis, ob es mit deinen Medikamenten sicher ist.',
          'Erzähl deiner Ärztin oder deinem Arzt von allen Nahrungsergänzungsmitteln, die du nimmst.',
          'Wenn du eines ausprobierst, trag es als Behandlung ein, damit du sehen kannst, ob sich etwas verändert.',
        ],
      },
      {
        text: 'Wir schlagen kein Nahrungsergänzungsmittel und keine Menge vor. Wenn du eines ausprobieren möchtest, helfen dir die Apotheke oder deine Hausarztpraxis, sicher zu entscheiden.',
      },
      { text: 'Lies etwas über Ernährungsmuster.' },
    ],
  },
  'hydration-and-discs': {
    title: 'Wasser trinken und der Bandscheiben-Mythos',
    summary:
      'Genug zu trinken ist gut für die allgemeine Gesundheit, aber die Vorstellung, dass mehr Wasser die Bandscheiben in deiner Wirbelsäule wieder auffüllt, ist nicht belegt.',
    gradeReason:
      'Keine Studie zeigt, dass mehr Wasser die Bandscheiben oder Rückenschmerzen verändert; der Mythos beruht auf einem Missverständnis.',
    body: [
      {
        text: 'Eine verbreitete Behauptung lautet: Die Bandscheiben in deiner Wirbelsäule bestehen größtenteils aus Wasser, also polstert mehr Trinken sie auf und lindert Rückenschmerzen. Das klingt logisch, aber so funktionieren Bandscheiben nicht.',
      },
      {
        text: 'Bandscheiben enthalten tatsächlich viel Wasser. Sie nehmen es vor allem durch Druck und Bewegung auf und geben es ab: Tagsüber pressen Sitzen und Stehen etwas Flüssigkeit heraus, und nachts im Liegen strömt sie wieder hinein. Deshalb sind Menschen morgens ein wenig größer. Wie viel Wasser eine Bandscheibe enthält, hängt von den wasserbindenden Stoffen in ihr ab, die sich mit dem Alter verändern, nicht davon, wie viel du trinkst.',
      },
      {
        text: 'Keine Studie zeigt, dass zusätzliches Trinken die Gesundheit der Bandscheiben oder Rückenschmerzen verändert. Wenn du nicht tatsächlich zu wenig Flüssigkeit hast, bedeutet mehr Trinken als nötig einfach mehr Wege zur Toilette.',
      },
      {
        text: 'Nächtliches Schwitzen kann dich nachts oder beim Aufwachen durstig machen. Ein Glas Wasser neben dem Bett ist eine einfache Annehmlichkeit, und davon profitiert deine allgemeine Gesundheit, nicht deine Bandscheiben.',
      },
      {
        text: 'Genug zu trinken ist trotzdem wichtig für die allgemeine Gesundheit, Energie und Konzentration. Die britische Empfehlung nennt etwa sechs bis acht Tassen oder Gläser Flüssigkeit am Tag, mehr bei Hitze oder wenn du aktiv bist. Wasser, Milch, Tee und Kaffee zählen alle mit.',
      },
      {
        items: [
          'Trink so viel, dass du selten Durst hast und dein Urin hell ist.',
          'Ein Glas Wasser ist ein guter Grund, in einer Bewegungspause aufzustehen.',
          'Bewegung, nicht zusätzliches Wasser, hilft den Bandscheiben beim Flüssigkeitsaustausch.',
        ],
      },
      { text: 'Richte Bewegungspausen ein.' },
    ],
  },
  'vitamin-d': {
    title: 'Vitamin D und Rückenschmerzen',
    summary:
      'Ein niedriger Vitamin-D-Spiegel ist in der Lebensmitte häufig, aber Präparate haben Rückenschmerzen in Studien nicht verringert, und über Test und Dosierung entscheidet eine Ärztin oder ein Arzt.',
    gradeReason:
      'Ein Cochrane-Review fand keinen einheitlichen Nutzen gegen Schmerzen; Studien bei Menschen mit niedrigen Werten gibt es wenige.',
    body: [
      {
        text: 'Vitamin D hilft dem Körper, Calcium aufzunehmen und Knochen und Muskeln gesund zu halten. Das meiste bildet die Haut mithilfe von Sonnenlicht; ein wenig kommt aus Lebensmitteln wie fettem Fisch und Eiern. In Ländern mit dunklen Wintern haben viele Menschen einen Teil des Jahres niedrige Werte, und in der Lebensmitte ist das häufig.',
      },
      {
        text: 'Weil ein sehr niedriger Vitamin-D-Spiegel Knochen- und Muskelschmerzen verursachen kann, wurde gefragt, ob Präparate bei Rückenschmerzen helfen könnten. Ein Cochrane-Review von Studien zu Vitamin D bei lang anhaltenden Schmerzen fand über die untersuchten Schmerzerkrankungen hinweg keinen einheitlichen Nutzen gegenüber Placebo. Möglicherweise profitieren Menschen mit echtem Mangel mehr, aber zu dieser Gruppe gibt es wenige gute Studien.',
      },
      {
        text: 'Vitamin D ist also keine Behandlung gegen Rückenschmerzen. Für die Knochengesundheit ist es trotzdem wichtig, und die zählt nach der Menopause sehr.',
      },
      {
        text: 'Ob du eine Blutuntersuchung brauchst und ob und wie viel du einnehmen solltest, sind Fragen für eine Ärztin oder einen Arzt. Zu viel Vitamin D kann schaden, und die richtige Menge hängt von deinen Werten, deiner Gesundheit und deinen Medikamenten ab. Spinekind schlägt nie eine Menge vor.',
      },
      {
        items: [
          'Zeit draußen im Tageslicht in den wärmeren Monaten hilft deinem Körper, Vitamin D zu bilden.',
          'Fetter Fisch, Eier und angereicherte Lebensmittel tragen ein wenig bei.',
          'Frag in deiner Hausarztpraxis oder in der Apotheke nach Test und Präparaten, wenn du unsicher bist.',
          'Erwähne bei Terminen alle Nahrungsergänzungsmittel, die du nimmst.',
        ],
      },
      { text: 'Lies etwas über Knochengesundheit.' },
    ],
  },
};
