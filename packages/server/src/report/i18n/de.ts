import type { Catalogue } from '@spinekind/core';
import type { en } from './en.js';

/** The doctor report in German: she speaks to her doctor in the first person ("meine Schmerzen"). */
export const de: Catalogue<typeof en> = {
  document: {
    title: 'Zusammenfassung meines Rückenschmerz-Tagebuchs, {{from}} bis {{to}}',
    subject: 'Selbst geführtes Tagebuch, keine Diagnose',
    footer: 'Spinekind-Tagebuch · selbst geführt, keine Diagnose · Seite {{page}} von {{pages}}',
  },
  header: {
    title: 'Rückenschmerz-Tagebuch: Zusammenfassung für die Arztpraxis',
    meta_one: '{{from}} bis {{to}}  ·  an {{logged}} von {{count}} Tag eingetragen  ·  erstellt am {{made}}',
    meta_other:
      '{{from}} bis {{to}}  ·  an {{logged}} von {{count}} Tagen eingetragen  ·  erstellt am {{made}}',
    disclaimer:
      'Selbst geführtes Tagebuch, keine Diagnose. Ich habe diese Einträge in der App Spinekind gemacht. Die Muster sind Zusammenhänge in meinen eigenen Daten, mit ihrer Unsicherheit angegeben, kein Beweis für eine Ursache.',
    aboutMe: 'Über mich, aus meinem Profil: {{lines}}',
  },
  days_one: '{{count}} Tag',
  days_other: '{{count}} Tage',
  pain: {
    heading: 'Schmerzen im Verlauf',
    none: 'In diesem Zeitraum wurden keine Schmerzwerte eingetragen.',
    alt: 'Diagramm meiner mittleren Tagesschmerzen, 0 bis 10, vom {{from}} bis {{to}}, mit dem 7-Tage-Mittel: {{days}}, von {{min}} bis {{max}}, Mittelwert {{mean}}.',
    legendDaily: 'mittlerer Tagesschmerz (0 keiner, 10 stärkster)',
    legendAverage: '7-Tage-Mittel',
    summary: 'Mittlerer Schmerz {{mean}} / 10 (Tagesmittel von {{min}} bis {{max}}, {{days}}).',
    summaryWithWorst:
      'Mittlerer Schmerz {{mean}} / 10 (Tagesmittel von {{min}} bis {{max}}, {{days}})  ·  stärkster Schmerz des Tages im Mittel {{worst}}.',
    trend: 'Verlauf: {{sentence}}',
  },
  areas: {
    heading: 'Wo es wehtut',
    none: 'Keine Bereiche markiert.',
    read: '{{label}}: {{days}}',
    scores: 'Mittlerer Wert je Bereich: {{list}}.',
    score: '{{label}} {{mean}} ({{days}})',
    qualities: 'Wie es sich anfühlte: {{list}}.',
    quality: '{{label}} {{days}}',
  },
  measures: {
    heading: 'Schlaf, Stimmung und Hitzewallungen',
    none: 'Nicht eingetragen.',
    average: 'Mittelwert',
    range: 'Spanne',
    days: 'Tage',
    sleep: 'Schlaf',
    sleepUnit: 'h pro Nacht',
    sleepQuality: 'Schlafqualität',
    outOf10: '/ 10',
    nightWakings: 'Nächtliches Aufwachen',
    aNight: 'pro Nacht',
    mood: 'Stimmung (10 = beste)',
    stress: 'Stress',
    hotFlashes: 'Hitzewallungen',
    aDay: 'pro Tag',
    stiffness: 'Morgensteifigkeit',
    minutes: 'Min.',
    weight: 'Gewicht',
    waist: 'Taillenumfang',
    wokenByPain: 'Vor Schmerz aufgewacht',
    nightSweats: 'Nachtschweiß',
    nights: '{{label}}: in {{yes}} von {{answered}} eingetragenen Nächten',
  },
  screening: {
    heading: 'Sicherheitscheck (Red Flags)',
    headingWithBleeding: 'Sicherheitscheck (Red Flags) und Blutungen zum Abklären',
    booked: '{{sentence}} Am {{date}} habe ich in der App angegeben, dass ich einen Termin vereinbart habe.',
    notBooked: '{{sentence}} Ich habe in der App nicht angegeben, dass ich einen Termin vereinbart habe.',
    bleedingRules:
      'Geprüft nach den Blutungsregeln der App (NICE NG12; British Menopause Society 2024), keine Diagnose.',
    none: 'In diesem Zeitraum habe ich keinen Sicherheitscheck gemacht.',
    once: 'Ich habe den Sicherheitscheck in diesem Zeitraum einmal gemacht.',
    twice: 'Ich habe den Sicherheitscheck in diesem Zeitraum zweimal gemacht.',
    times: 'Ich habe den Sicherheitscheck in diesem Zeitraum {{count}}-mal gemacht.',
    onceFlagged: 'Er ergab den Rat unten.',
    onceSelfCare: 'Er endete mit dem Rat zur Selbstversorgung.',
    manySelfCare: '{{selfCare}} endeten mit dem Rat zur Selbstversorgung.',
    manyFlagged: '{{selfCare}} endeten mit dem Rat zur Selbstversorgung; {{flagged}} ergaben den Rat unten.',
    date: 'Datum',
    result: 'Ergebnis',
    because: 'Weil ich mit Ja geantwortet habe bei',
  },
  levels: {
    emergency: 'Notfall-Empfehlung',
    urgent: 'Noch am selben Tag abklären',
    soon: 'Termin vereinbaren',
    self_care: 'Selbstversorgung',
  },
  cycle: {
    heading: 'Zyklus und Wechseljahresphase (Schätzung)',
    held: 'STRAW+10-Phase: derzeit nicht geschätzt. {{hold}}',
    stage: 'STRAW+10-Phase: {{stage}}. {{basis}}',
    periodsStarted: 'Beginn der Perioden: {{dates}}.',
    bleedingStarted: 'Beginn der Blutungen: {{dates}}.',
    noPeriod: 'In diesem Zeitraum hat keine Periode begonnen.',
    sinceLast_one: '{{count}} Tag seit dem Ende der letzten Periode.',
    sinceLast_other: '{{count}} Tage seit dem Ende der letzten Periode.',
    variability:
      'Zykluslänge im letzten Jahr: Mittelwert {{mean}} Tage, SD {{sd}}, größte Änderung zwischen zwei Zyklen {{max}} Tage ({{cycles}} Zyklen).',
  },
  stages: {
    reproductive: 'Fruchtbare Jahre (regelmäßige Zyklen)',
    early_transition: 'Frühe Übergangsphase der Wechseljahre',
    late_transition: 'Späte Übergangsphase der Wechseljahre',
    postmenopause: 'Postmenopause',
    unknown: 'Nicht geschätzt',
  },
  treatments: {
    heading: 'Behandlungen und was ich ausprobiert habe',
    none: 'Nichts eingetragen.',
    name: 'Name',
    kind: 'Art',
    from: 'Von',
    to: 'Bis',
    ongoing: 'läuft noch',
    noDose: 'Die App hält fest, dass eine Behandlung stattfand, nie eine Dosis.',
  },
  exercise: {
    heading: 'Bewegung und Übungen',
    none: 'In der App sind keine Übungseinheiten und kein Plan eingetragen.',
    noPlan:
      '{{perWeek}} Übungseinheiten pro Woche ({{sessions}} Einheiten in {{weeks}} Wochen); kein Wochenplan festgelegt.',
    withPlan:
      '{{perWeek}} Übungseinheiten pro Woche ({{sessions}} Einheiten in {{weeks}} Wochen); mein Plan: {{planned}} pro Woche.',
  },
  questionnaires: {
    heading: 'Fragebögen',
    none: 'In diesem Zeitraum keine ausgefüllt.',
    questionnaire: 'Fragebogen',
    times: 'Anzahl',
    first: 'Erster Wert',
    latest: 'Letzter Wert',
    range: 'Spanne',
    band: 'Letzte Einstufung',
    scoreOn: '{{score}} am {{date}}',
  },
  insights: {
    heading: 'Muster in meinem Tagebuch',
    none: 'Noch keine klaren Muster: Keines hat die Prüfung auf Zufallsbefunde bestanden.',
    intro:
      'Nur Zusammenhänge, jeweils mit 95-%-Bereich und Anzahl der Tage. „Wahrscheinlich“ hat eine Prüfung auf falsch positive Befunde über alle getesteten Muster bestanden; „möglich“ knapp nicht.',
    likely: 'Wahrscheinlich',
    possible: 'Möglich',
  },
  experiments: {
    heading: 'Meine Experimente',
    intro: 'Selbst durchgeführte, zufällig geordnete Vergleiche (n-of-1), jeweils mit 95-%-Bereich.',
    line: '{{title}} (Abschnitte von {{periodDays}} Tagen, {{pairs}} Paare in zufälliger Reihenfolge, {{counted}} Tage gewertet): {{result}}',
  },
  questions: {
    heading: 'Fragen an meine Ärztin oder meinen Arzt',
  },
  background: {
    born: 'Ich bin {{year}} geboren ({{younger}} oder {{older}} Jahre alt).',
    osteoporosis: 'Mir wurde gesagt, dass ich Osteoporose habe.',
    osteopenia: 'Mir wurde gesagt, dass ich eine Osteopenie (geringe Knochendichte) habe.',
    normalBones: 'Soweit ich weiß, ist meine Knochendichte normal.',
    bonesNotKnown: 'Ich kenne meine Knochendichte nicht.',
    regular_periods: 'Ich habe noch regelmäßig meine Periode.',
    irregular_periods: 'Meine Periode ist unregelmäßig geworden.',
    no_period_under_12_months: 'Ich habe seit weniger als 12 Monaten keine Periode mehr gehabt.',
    no_period_12_months_or_more: 'Ich habe seit 12 Monaten oder länger keine Periode mehr gehabt.',
    not_sure: 'Ich bin unsicher, wo ich mit meiner Periode stehe.',
    uterusRemoved: 'Meine Gebärmutter wurde entfernt.',
    ovariesRemoved: 'Meine Eierstöcke wurden entfernt.',
    contraception: 'Ich verhüte hormonell.',
    noContraception: 'Ich verhüte nicht hormonell.',
    hrt: 'Ich nehme HRT (Hormonersatztherapie).',
    hrtCyclical: 'Ich nehme HRT (Hormonersatztherapie), zyklisch (mit geplanter monatlicher Blutung).',
    hrtContinuous: 'Ich nehme HRT (Hormonersatztherapie), kontinuierlich (ohne geplante Blutungen).',
    hrtSince: 'Ich nehme seit dem {{date}} HRT (Hormonersatztherapie).',
    hrtSinceCyclical:
      'Ich nehme seit dem {{date}} HRT (Hormonersatztherapie), zyklisch (mit geplanter monatlicher Blutung).',
    hrtSinceContinuous:
      'Ich nehme seit dem {{date}} HRT (Hormonersatztherapie), kontinuierlich (ohne geplante Blutungen).',
    noHrt: 'Ich nehme keine HRT (Hormonersatztherapie).',
  },
  said: {
    regular_periods: 'regelmäßige Perioden',
    irregular_periods: 'unregelmäßige Perioden',
    no_period_under_12_months: 'seit weniger als 12 Monaten keine Periode',
    no_period_12_months_or_more: 'seit 12 Monaten oder länger keine Periode',
  },
  besideLog: {
    noneFits:
      'In diesem Zeitraum ist keine Periode eingetragen. Das passt zu meiner Angabe im Profil ({{said}}).',
    noneAlthough:
      'In diesem Zeitraum ist keine Periode eingetragen, obwohl ich {{said}} angegeben habe: Vielleicht habe ich sie nicht eingetragen.',
    bleeding: 'Mein Tagebuch zeigt in diesem Zeitraum Blutungen, neben meiner Angabe im Profil ({{said}}).',
  },
  bleeding: {
    afterHysterectomy:
      'Blutung am {{dates}} ({{days}}) nach einer Gebärmutterentfernung: Die App hat mir geraten, innerhalb von 2 Wochen einen Termin bei meiner Hausärztin oder meinem Hausarzt zu vereinbaren.',
    onHrt:
      'Blutung am {{dates}} ({{days}}) außerhalb des Musters, das unter meiner HRT zu erwarten ist ({{why}}): Die App hat mir geraten, innerhalb von 2 Wochen einen Termin in der Hausarztpraxis oder einer Menopause-Sprechstunde zu vereinbaren.',
    afterSaying12Months:
      'Blutung am {{dates}} ({{days}}), nachdem ich in der App angegeben hatte, dass meine Periode seit 12 Monaten oder länger ausgeblieben ist: Die App hat mir geraten, innerhalb von 2 Wochen einen Termin bei meiner Hausärztin oder meinem Hausarzt zu vereinbaren.',
    after12Months:
      'Blutung am {{dates}} ({{days}}) nach 12 Monaten ohne Periode: Die App hat mir geraten, innerhalb von 2 Wochen einen Termin bei meiner Hausärztin oder meinem Hausarzt zu vereinbaren.',
    continuous_hrt_settled: 'Blutung unter kontinuierlicher HRT nach den ersten Monaten',
    long_bleed_on_hrt: 'Blutung an 8 oder mehr Tagen',
    cyclical_hrt_extra_bleed: 'eine Blutung weniger als 21 Tage nach der vorigen unter zyklischer HRT',
    hold: 'Die Blutung am {{dates}} kam nach 12 Monaten ohne Periode und muss zuerst abgeklärt werden; sie wird nicht als Rückkehr der Periode gewertet.',
  },
};
