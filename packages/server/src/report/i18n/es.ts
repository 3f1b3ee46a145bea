import type { Catalogue } from '@spinekind/core';
import type { en } from './en.js';

/** The doctor report in Spanish: she speaks to her doctor in the first person ("mi dolor"). */
export const es: Catalogue<typeof en> = {
  document: {
    title: 'Resumen de mi diario de dolor de espalda, del {{from}} al {{to}}',
    subject: 'Diario llevado por la paciente, no un diagnóstico',
    footer:
      'Resumen del diario de Spinekind · llevado por la paciente, no un diagnóstico · página {{page}} de {{pages}}',
  },
  header: {
    title: 'Diario de dolor de espalda: resumen para mi médico o médica',
    meta_one: 'Del {{from}} al {{to}}  ·  {{logged}} de {{count}} día registrado  ·  hecho el {{made}}',
    meta_other: 'Del {{from}} al {{to}}  ·  {{logged}} de {{count}} días registrados  ·  hecho el {{made}}',
    disclaimer:
      'Diario llevado por la paciente, no un diagnóstico. Hice estos registros en la app Spinekind. Los patrones son asociaciones en mis propios datos, mostradas con su incertidumbre, no pruebas de una causa.',
    aboutMe: 'Sobre mí, según mi perfil: {{lines}}',
  },
  days_one: '{{count}} día',
  days_other: '{{count}} días',
  pain: {
    heading: 'El dolor a lo largo del tiempo',
    none: 'No se registró ninguna puntuación de dolor en este periodo.',
    alt: 'Gráfico de mi dolor medio diario, de 0 a 10, del {{from}} al {{to}}, con su media de 7 días: {{days}}, de {{min}} a {{max}}, media {{mean}}.',
    legendDaily: 'dolor medio del día (0 nada, 10 el peor)',
    legendAverage: 'media de 7 días',
    summary: 'Dolor medio {{mean}} / 10 (medias diarias de {{min}} a {{max}}, {{days}}).',
    summaryWithWorst:
      'Dolor medio {{mean}} / 10 (medias diarias de {{min}} a {{max}}, {{days}})  ·  el peor dolor del día fue de media {{worst}}.',
    trend: 'Tendencia: {{sentence}}',
  },
  areas: {
    heading: 'Dónde duele',
    none: 'Ninguna zona marcada.',
    read: '{{label}}: {{days}}',
    scores: 'Puntuación media por zona: {{list}}.',
    score: '{{label}} {{mean}} ({{days}})',
    qualities: 'Cómo se sentía: {{list}}.',
    quality: '{{label}} {{days}}',
  },
  measures: {
    heading: 'Sueño, ánimo y sofocos',
    none: 'Sin registros.',
    average: 'Media',
    range: 'Rango',
    days: 'Días',
    sleep: 'Sueño',
    sleepUnit: 'h por noche',
    sleepQuality: 'Calidad del sueño',
    outOf10: '/ 10',
    nightWakings: 'Despertares nocturnos',
    aNight: 'por noche',
    mood: 'Ánimo (10 = el mejor)',
    stress: 'Estrés',
    hotFlashes: 'Sofocos',
    aDay: 'al día',
    stiffness: 'Rigidez matutina',
    minutes: 'min',
    weight: 'Peso',
    waist: 'Cintura',
    wokenByPain: 'Me despertó el dolor',
    nightSweats: 'Sudores nocturnos',
    nights: '{{label}}: {{yes}} de {{answered}} noches registradas',
  },
  screening: {
    heading: 'Chequeo de seguridad (señales de alarma)',
    headingWithBleeding: 'Chequeo de seguridad (señales de alarma) y sangrados que revisar',
    booked: '{{sentence}} El {{date}} indiqué en la app que había pedido cita.',
    notBooked: '{{sentence}} No he indicado en la app que haya pedido cita.',
    bleedingRules:
      'Revisado con las reglas de sangrado de la app (NICE NG12; British Menopause Society 2024), no es un diagnóstico.',
    none: 'No hice ningún chequeo de seguridad en este periodo.',
    once: 'Hice el chequeo de seguridad una vez en este periodo.',
    twice: 'Hice el chequeo de seguridad dos veces en este periodo.',
    times: 'Hice el chequeo de seguridad {{count}} veces en este periodo.',
    onceFlagged: 'Dio el consejo que figura abajo.',
    onceSelfCare: 'Terminó con consejos de autocuidado.',
    manySelfCare: '{{selfCare}} terminaron con consejos de autocuidado.',
    manyFlagged:
      '{{selfCare}} terminaron con consejos de autocuidado; {{flagged}} dieron el consejo que figura abajo.',
    date: 'Fecha',
    result: 'Resultado',
    because: 'Porque respondí que sí a',
  },
  levels: {
    emergency: 'Consejo de urgencia',
    urgent: 'Consulta el mismo día',
    soon: 'Pedir cita',
    self_care: 'Autocuidado',
  },
  cycle: {
    heading: 'Ciclo y etapa de la menopausia (estimación)',
    held: 'Etapa STRAW+10: sin estimar por ahora. {{hold}}',
    stage: 'Etapa STRAW+10: {{stage}}. {{basis}}',
    periodsStarted: 'Inicio de las reglas: {{dates}}.',
    bleedingStarted: 'Inicio de los sangrados: {{dates}}.',
    noPeriod: 'No empezó ninguna regla en este periodo.',
    sinceLast_one: '{{count}} día desde que terminó la última regla.',
    sinceLast_other: '{{count}} días desde que terminó la última regla.',
    variability:
      'Duración del ciclo en el último año: media {{mean}} días, DE {{sd}}, mayor cambio entre ciclos {{max}} días ({{cycles}} ciclos).',
  },
  stages: {
    reproductive: 'Etapa reproductiva (ciclos regulares)',
    early_transition: 'Transición menopáusica temprana',
    late_transition: 'Transición menopáusica tardía',
    postmenopause: 'Posmenopausia',
    unknown: 'Sin estimar',
  },
  treatments: {
    heading: 'Tratamientos y cosas que he probado',
    none: 'Ninguno registrado.',
    name: 'Nombre',
    kind: 'Tipo',
    from: 'Desde',
    to: 'Hasta',
    ongoing: 'en curso',
    noDose: 'La app registra que hubo un tratamiento, nunca una dosis.',
  },
  exercise: {
    heading: 'Ejercicio',
    none: 'No hay sesiones de ejercicio ni plan registrados en la app.',
    noPlan: '{{perWeek}} sesiones por semana ({{sessions}} sesiones en {{weeks}} semanas); sin plan semanal.',
    withPlan:
      '{{perWeek}} sesiones por semana ({{sessions}} sesiones en {{weeks}} semanas); mi plan: {{planned}} por semana.',
  },
  questionnaires: {
    heading: 'Cuestionarios',
    none: 'Ninguno completado en este periodo.',
    questionnaire: 'Cuestionario',
    times: 'Veces',
    first: 'Primero',
    latest: 'Último',
    range: 'Rango',
    band: 'Última categoría',
    scoreOn: '{{score}} el {{date}}',
  },
  insights: {
    heading: 'Patrones en mi diario',
    none: 'Aún no hay patrones claros: ninguno superó las pruebas contra hallazgos por azar.',
    intro:
      'Solo asociaciones, cada una con su intervalo del 95 % y su número de días. «Probable» superó una prueba de falsos descubrimientos entre todo lo analizado; «posible» se quedó cerca.',
    likely: 'Probable',
    possible: 'Posible',
  },
  experiments: {
    heading: 'Mis experimentos',
    intro: 'Comparaciones aleatorizadas hechas por mí misma (n de 1), cada una con su intervalo del 95 %.',
    line: '{{title}} (periodos de {{periodDays}} días, {{pairs}} pares en orden aleatorio, {{counted}} días contados): {{result}}',
  },
  questions: {
    heading: 'Preguntas para mi médico o médica',
  },
  background: {
    born: 'Nací en {{year}} ({{younger}} o {{older}} años).',
    osteoporosis: 'Me han dicho que tengo osteoporosis.',
    osteopenia: 'Me han dicho que tengo osteopenia (densidad ósea baja).',
    normalBones: 'Que yo sepa, mi densidad ósea es normal.',
    bonesNotKnown: 'No conozco mi densidad ósea.',
    regular_periods: 'Todavía tengo reglas regulares.',
    irregular_periods: 'Mis reglas se han vuelto irregulares.',
    no_period_under_12_months: 'Llevo menos de 12 meses sin la regla.',
    no_period_12_months_or_more: 'Llevo 12 meses o más sin la regla.',
    not_sure: 'No tengo claro en qué punto estoy con mis reglas.',
    uterusRemoved: 'Me extirparon el útero.',
    ovariesRemoved: 'Me extirparon los ovarios.',
    contraception: 'Uso anticonceptivos hormonales.',
    noContraception: 'No uso anticonceptivos hormonales.',
    hrt: 'Tomo THS (terapia hormonal sustitutiva).',
    hrtCyclical: 'Tomo THS (terapia hormonal sustitutiva), cíclica (con un sangrado mensual previsto).',
    hrtContinuous: 'Tomo THS (terapia hormonal sustitutiva), continua (sin sangrados previstos).',
    hrtSince: 'Tomo THS (terapia hormonal sustitutiva) desde el {{date}}.',
    hrtSinceCyclical:
      'Tomo THS (terapia hormonal sustitutiva) desde el {{date}}, cíclica (con un sangrado mensual previsto).',
    hrtSinceContinuous:
      'Tomo THS (terapia hormonal sustitutiva) desde el {{date}}, continua (sin sangrados previstos).',
    noHrt: 'No tomo THS (terapia hormonal sustitutiva).',
  },
  said: {
    regular_periods: 'reglas regulares',
    irregular_periods: 'reglas irregulares',
    no_period_under_12_months: 'menos de 12 meses sin la regla',
    no_period_12_months_or_more: '12 meses o más sin la regla',
  },
  besideLog: {
    noneFits:
      'No hay ninguna regla registrada en este tiempo, lo que encaja con lo que dije en mi perfil ({{said}}).',
    noneAlthough:
      'No hay ninguna regla registrada en este tiempo, aunque dije «{{said}}»: puede que no las haya registrado.',
    bleeding: 'Mi registro muestra sangrado en este tiempo, junto a lo que dije en mi perfil ({{said}}).',
  },
  bleeding: {
    afterHysterectomy:
      'Sangrado el {{dates}} ({{days}}) después de una histerectomía: la app me aconsejó pedir cita con mi médico o médica de cabecera en un plazo de 2 semanas.',
    onHrt:
      'Sangrado el {{dates}} ({{days}}) fuera del patrón esperado con mi THS ({{why}}): la app me aconsejó pedir cita con mi médico o médica de cabecera o en una consulta de menopausia en un plazo de 2 semanas.',
    afterSaying12Months:
      'Sangrado el {{dates}} ({{days}}) después de haber indicado en la app que llevaba 12 meses o más sin la regla: la app me aconsejó pedir cita con mi médico o médica de cabecera en un plazo de 2 semanas.',
    after12Months:
      'Sangrado el {{dates}} ({{days}}) después de 12 meses sin la regla: la app me aconsejó pedir cita con mi médico o médica de cabecera en un plazo de 2 semanas.',
    continuous_hrt_settled: 'sangrado con THS continua después de los primeros meses',
    long_bleed_on_hrt: 'sangrado durante 8 días o más',
    cyclical_hrt_extra_bleed: 'un sangrado menos de 21 días después del anterior con THS cíclica',
    hold: 'El sangrado del {{dates}} llegó después de 12 meses sin la regla y primero hay que revisarlo; no se interpreta como una vuelta de las reglas.',
  },
};
