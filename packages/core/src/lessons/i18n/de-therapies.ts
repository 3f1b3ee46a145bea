import type { LessonCatalogue } from './texts.js';

/** German texts of `lessons-therapies.ts`: massage and manual therapy, acupuncture, cupping and CBD. */
export const deTherapies: LessonCatalogue = {
  'massage-manual-therapy': {
    title: 'Massage und manuelle Therapie',
    summary:
      'Massage und Behandlungen mit den Händen können kurzfristig helfen, vor allem als Teil eines Plans, zu dem Bewegungstraining gehört.',
    gradeReason:
      'Die NICE-Leitlinie unterstützt manuelle Therapie nur zusammen mit Bewegungstraining; die Effekte sind kurzfristig und bescheiden.',
    body: [
      {
        text: 'Manuelle Therapie heißt Behandlung mit den Händen: Massage, Bewegen der Wirbelgelenke (Mobilisation) oder schnelle Impulse (Manipulation), wie sie Physiotherapeutinnen und Physiotherapeuten, Osteopathinnen und Osteopathen sowie Chiropraktikerinnen und Chiropraktiker anwenden. Viele empfinden diese Behandlungen als wohltuend, und sie können die Schmerzen eine Zeit lang lindern.',
      },
      {
        text: 'Die britische Leitlinie sagt, dass manuelle Therapie bei Schmerzen im unteren Rücken in Betracht kommt, aber nur als Teil eines Behandlungspakets, zu dem Bewegungstraining gehört, mit oder ohne psychologische Unterstützung. Für sich allein sind die Effekte meist klein und von kurzer Dauer. Deshalb gilt der Evidenzgrad B für die Anwendung als Teil eines Pakets, und die Belege für manuelle Therapie allein sind schwächer.',
      },
      {
        text: 'Sieh die Behandlung mit den Händen als Möglichkeit, die Beschwerden so weit zu beruhigen, dass du in Bewegung kommst, nicht als die eigentliche Lösung. Eine gute Therapeutin oder ein guter Therapeut gibt dir auch Übungen und Rat mit und hilft dir, mit der Zeit weniger auf Behandlung angewiesen zu sein.',
      },
      {
        text: 'Auch einfache Selbstmassage, zum Beispiel indem du dich mit dem Rücken gegen einen Ball an der Wand lehnst, oder eine Massage von deiner Partnerin oder deinem Partner kann guttun. Wenn es dir hilft, dich zu entspannen und mehr zu bewegen, schadet es nicht.',
      },
      {
        items: [
          'Frag, welche Übungen du zwischen den Terminen machen sollst.',
          'Vereinbare, wie viele Termine ihr ausprobiert und woran du erkennst, ob sie helfen.',
          'Sei vorsichtig bei langen, im Voraus gebuchten Behandlungsserien oder bei der Behauptung, deine Wirbelsäule sei verschoben.',
          'Halte Behandlungen in der App fest, um deine Schmerzen vorher und nachher zu vergleichen.',
        ],
      },
      {
        text: 'Ernste Nebenwirkungen sind selten, aber leichte Beschwerden für ein, zwei Tage sind nach manueller Therapie häufig. Erzähl der Therapeutin oder dem Therapeuten vor der Behandlung von Osteoporose oder anderen Knochenproblemen.',
      },
      { text: 'Kombiniere die Behandlung mit einer Mobilisationsroutine.' },
    ],
  },
  acupuncture: {
    title: 'Akupunktur',
    summary:
      'Manche Studien zeigen kleine, kurzfristige Effekte von Akupunktur bei Rückenschmerzen, doch die britische Leitlinie empfiehlt sie nicht, da die Effekte klein sind und einer Scheinbehandlung ähneln.',
    gradeReason:
      'Gemischte Studienergebnisse mit kleinen Effekten; NICE empfiehlt sie bei Schmerzen im unteren Rücken nicht.',
    body: [
      {
        text: 'Bei der Akupunktur werden feine Nadeln an ausgewählten Punkten in die Haut gesetzt. Sie ist bei Rückenschmerzen beliebt, und viele sagen, dass sie ihnen hilft.',
      },
      {
        text: 'In Studien schneidet Akupunktur oft besser ab als keine Behandlung, aber ein großer Teil dieses Unterschieds zeigt sich auch bei Schein-Akupunktur, bei der die Nadeln an die falschen Punkte gesetzt werden oder gar nicht eindringen. Das spricht dafür, dass ein großer Teil des Nutzens aus der Zuwendung, dem Ritual und der Erwartung von Linderung kommt und nicht aus den Nadeln selbst. Die Effekte, die bleiben, sind klein und meist kurzfristig.',
      },
      {
        text: 'Das heißt nicht, dass sich die Menschen die Linderung einbilden. Zeit, Aufmerksamkeit, Entspannung und Hoffnung verändern alle, wie viel Schmerz wir spüren, und das sind echte Effekte. Einiges davon findest du auch anderswo, etwa bei einer unterstützenden Physiotherapeutin oder einem unterstützenden Physiotherapeuten oder in einer eigenen beruhigenden Routine.',
      },
      {
        text: 'Die britische Leitlinie hat diese Belege geprüft und rät davon ab, Akupunktur zur Behandlung von Schmerzen im unteren Rücken anzubieten. Andere Leitlinien in anderen Ländern stehen ihr offener gegenüber. Ehrlich zusammengefasst: Sie hilft manchen Menschen vielleicht eine Zeit lang ein wenig, und die Belege sind gemischt. Wir vergeben den Evidenzgrad C.',
      },
      {
        items: [
          'Wenn du dich für Akupunktur entscheidest, geh zu einer qualifizierten Fachperson, die Einmalnadeln verwendet.',
          'Leg vorher fest, wie viele Sitzungen du ausprobierst und woran du das Ergebnis misst.',
          'Bleib nebenher bei deinem Bewegungstraining.',
          'Halte sie als Behandlung fest, damit du deine Schmerzen vorher und nachher vergleichen kannst.',
        ],
      },
      {
        text: 'Nebenwirkungen sind meist gering, etwa ein blauer Fleck oder Empfindlichkeit an den Einstichstellen.',
      },
      { text: 'Lies, warum Bewegung einem schmerzenden Rücken hilft.' },
    ],
  },
  'cupping-and-cbd': {
    title: 'Schröpfen und CBD',
    summary:
      'Schröpfen und CBD-Produkte werden gegen Rückenschmerzen viel beworben, aber die Belege für beides sind schwach, und CBD kann Wechselwirkungen mit Medikamenten haben.',
    gradeReason:
      'Schröpfen stützt sich auf kleine, schwer zu verblindende Studien; NICE fand zu wenige Belege, um CBD bei chronischen Schmerzen zu empfehlen.',
    body: [
      {
        text: 'Beim Schröpfen werden Schröpfgläser auf die Haut gesetzt und ein Unterdruck erzeugt, der für ein paar Tage runde Abdrücke hinterlässt. Es wird in mehreren traditionellen Heilsystemen angewendet und ist bei Sportlerinnen und Sportlern beliebt geworden.',
      },
      {
        text: 'Es gibt Studien zum Schröpfen bei Schmerzen im unteren Rücken, und ein Review aus dem Jahr 2024, der elf davon zusammenfasste, berichtete über eine kurzfristige Schmerzlinderung. Die Studien waren aber klein und kurz, und es ist sehr schwer, eine überzeugende Scheinversion des Schröpfens anzubieten, sodass die Teilnehmenden meist wissen, welche Behandlung sie bekommen haben. Deshalb sind die Ergebnisse schwer zu bewerten, und wir vergeben für Schröpfen den Evidenzgrad D. Abdrücke und leichte Beschwerden sind häufig; beim Feuerschröpfen kann es zu Verbrennungen kommen.',
      },
      {
        text: 'CBD (Cannabidiol) ist ein Stoff aus der Cannabispflanze, der nicht berauscht. Es wird als Öl, Kapseln, Fruchtgummis und Cremes verkauft, oft mit Versprechen zur Schmerzlinderung. Die britische Leitlinie zu Produkten auf Cannabisbasis fand zu wenige gute Belege und rät davon ab, CBD außerhalb von Studien zur Behandlung chronischer Schmerzen zu verwenden. Produkte aus dem Internet oder aus Geschäften enthalten unterschiedlich viel CBD, und manche enthalten andere Stoffe. CBD kann außerdem Wechselwirkungen mit Medikamenten haben und die Leber beeinträchtigen.',
      },
      {
        items: [
          'Wenn du Schröpfen ausprobierst, wähle eine ausgebildete Fachperson und erzähl ihr von Haut- oder Blutproblemen.',
          'Sprich mit deiner Apotheke oder deiner Hausärztin oder deinem Hausarzt, bevor du CBD ausprobierst, besonders wenn du andere Medikamente nimmst.',
          'Halte jede Behandlung fest, die du ausprobierst, damit du ehrlich sehen kannst, ob sie deine Schmerzen verändert.',
          'Bleib bei deinem Bewegungstraining: Dafür sind die Belege viel stärker.',
        ],
      },
      { text: 'Lies, warum Bewegung einem schmerzenden Rücken hilft.' },
    ],
  },
};
