import type { UrgentCareRoute } from './country-help-types.js';

/**
 * Where to get seen within 24 hours (triage level `urgent`), per country, in that country's own terms.
 * Every route was checked with the search tool (pages corpus) against the page named in its source; the
 * numbers shown were all confirmed there (December 2026). Countries we could not confirm are left out.
 */
export const urgentCareRoutes: Readonly<Record<string, UrgentCareRoute>> = {
  GB: {
    services: [
      { name: 'NHS 111', number: '111', alwaysOpen: true },
      { name: 'urgent treatment centre' },
      { name: 'A&E' },
    ],
    source: { organisation: 'NHS (NHS 111 online)', url: 'https://111.nhs.uk' },
  },
  IE: {
    services: [
      { name: 'your GP' },
      {
        name: 'GP out-of-hours service',
        hours: '6pm to 8am Monday to Friday, 24 hours at weekends and on bank holidays',
      },
      { name: 'injury unit' },
      { name: 'emergency department' },
    ],
    source: {
      organisation: 'HSE (Health Service Executive)',
      url: 'https://www.hse.ie/eng/services/list/2/gp/out-of-hours-services/gp-out-of-hours-services.html',
    },
  },
  US: {
    services: [{ name: "your doctor's office (same-day appointment)" }, { name: 'urgent care center' }],
    source: {
      organisation: 'Providence Health',
      url: 'https://blog.providence.org/blog/how-to-choose-between-the-er-urgent-care-and-your-pcp',
    },
  },
  CA: {
    services: [
      { name: '811 health line (most provinces and territories)', number: '811', alwaysOpen: true },
      { name: 'your family doctor' },
      { name: 'walk-in clinic' },
    ],
    source: { organisation: 'Health PEI (811)', url: 'http://healthpei.ca/811' },
  },
  AU: {
    services: [
      { name: 'healthdirect', number: '1800 022 222', alwaysOpen: true },
      { name: 'your GP' },
      { name: 'Medicare Urgent Care Clinic' },
    ],
    source: {
      organisation: 'healthdirect Australia',
      url: 'https://www.healthdirect.gov.au/what-care-do-i-need',
    },
  },
  NZ: {
    services: [
      { name: 'Healthline', number: '0800 611 116', alwaysOpen: true },
      { name: 'your GP' },
      { name: 'urgent care clinic' },
    ],
    source: {
      organisation: 'Manatū Hauora – Ministry of Health',
      url: 'https://www.health.govt.nz/your-health/services-and-support/health-care-services/healthline/common-questions-about-healthline',
    },
  },
  DE: {
    services: [
      { name: 'Hausarztpraxis' },
      {
        name: 'ärztlicher Bereitschaftsdienst',
        number: '116117',
        hours: 'wenn die Praxen geschlossen sind: abends, nachts, am Wochenende und an Feiertagen',
      },
      { name: 'Notaufnahme' },
    ],
    source: {
      organisation: 'BKK RWE (ärztlicher Bereitschaftsdienst 116117)',
      url: 'https://www.bkkrwe.de/news-detailansicht/aerztlicher-bereitschaftsdienst-jetzt-bundesweit-unter-116117.html',
    },
  },
  AT: {
    services: [
      { name: 'Gesundheitsberatung 1450', number: '1450', alwaysOpen: true },
      { name: 'Hausarztpraxis' },
      { name: 'Notfallambulanz im Spital' },
    ],
    source: {
      organisation: 'Österreichisches Gesundheitsportal (gesundheit.gv.at)',
      url: 'https://gesundheit.gv.at/news/aktuelles/aktuell-2023/gesundheitshotline.html',
    },
  },
  CH: {
    services: [
      { name: 'Hausarztpraxis' },
      { name: 'regionaler ärztlicher Notfalldienst (Nummer je nach Kanton)' },
      { name: 'Notfallpraxis oder Permanence' },
    ],
    source: {
      organisation: 'SRF (Auskunft der Gesundheitsdirektorenkonferenz GDK)',
      url: 'https://srf.ch/wissen/gesundheit/wen-rufe-ich-an-im-notfall',
    },
  },
  ES: {
    services: [
      { name: 'tu centro de salud' },
      { name: 'urgencias de atención primaria (PAC, SUAP o CUAP, según la comunidad)' },
      { name: 'urgencias del hospital' },
    ],
    source: {
      organisation: "Consell d'Usuaris de la Sanitat (Departament de Salut)",
      url: 'http://www.cus-usuaris.org/es/noticias/iquestque-son-los-centros-de-urgencias-de-atencion-primaria-cuap',
    },
  },
  MX: {
    services: [
      { name: 'tu médico familiar o centro de salud' },
      { name: 'Atención Médica Continua (IMSS, 24 horas)' },
      { name: 'urgencias' },
    ],
    source: {
      organisation: 'IMSS (vía El Clarinete)',
      url: 'https://www.elclarinete.com.mx/invita-imss-aguascalientes-a-utilizar-la-unifila/',
    },
  },
  AR: {
    services: [{ name: 'tu médico de cabecera o centro de salud (CAPS)' }, { name: 'guardia del hospital' }],
    source: {
      organisation: 'Ministerio de Salud Pública de Corrientes (vía El Litoral)',
      url: 'https://www.ellitoral.com.ar/sociedad/2025-9-23-12-17-0--pese-al-feriado-por-la-virgen-de-la-merced-habra-guardias-en-hospitales-y-caps',
    },
  },
  FR: {
    services: [
      { name: 'votre médecin traitant' },
      {
        name: 'médecin de garde (116 117, ou le 15 selon la région)',
        number: '116 117',
        hours: 'le soir après 20 h, le week-end à partir du samedi midi et les jours fériés',
      },
    ],
    source: {
      organisation: 'Ministère de la Santé (via franceinfo)',
      url: 'https://www.francetvinfo.fr/sante/trois-questions-sur-le-numero-unique-pour-contacter-un-medecin-de-garde_2131111.html',
    },
  },
  IT: {
    services: [
      { name: 'medico di famiglia' },
      {
        name: 'guardia medica (continuità assistenziale; 116117 in molte regioni)',
        number: '116117',
        hours: 'notte, prefestivi e festivi',
      },
      { name: 'pronto soccorso' },
    ],
    source: {
      organisation: 'ASST Papa Giovanni XXIII (Continuità assistenziale)',
      url: 'https://www.asst-pg23.it/servizi-territoriali/case-comunita_presst/continuita-assistenziale',
    },
  },
  NL: {
    services: [
      { name: 'huisarts' },
      {
        name: 'huisartsenpost (altijd eerst bellen)',
        hours: "'s avonds, 's nachts, in het weekend en op feestdagen",
      },
    ],
    source: {
      organisation: 'Huisartsenpost West-Friesland',
      url: 'https://www.huisartsenpostwf.nl/voor-patienten/veel-gestelde-vragen/',
    },
  },
};
