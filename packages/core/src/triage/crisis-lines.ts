import type { CrisisLine } from './country-help-types.js';

const samaritans: CrisisLine = {
  name: 'Samaritans',
  number: '116 123',
  alwaysOpen: true,
  source: {
    organisation: 'Samaritans',
    url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
  },
};

/**
 * Mental-health crisis lines per country, each with its source. Every number and its hours were checked
 * with the search tool (pages corpus) against the source named (December 2026); lines we could not
 * confirm there (Pieta in Ireland, 116 123 in Germany, Samaritans Onlus in Italy) are left out.
 */
export const crisisLines: Readonly<Record<string, readonly CrisisLine[]>> = {
  GB: [samaritans],
  IE: [samaritans],
  US: [
    {
      name: '988 Suicide & Crisis Lifeline (call or text)',
      number: '988',
      alwaysOpen: true,
      source: { organisation: '988 Suicide & Crisis Lifeline', url: 'https://988lifeline.org' },
    },
  ],
  CA: [
    {
      name: '9-8-8: Suicide Crisis Helpline (call or text)',
      number: '988',
      alwaysOpen: true,
      source: { organisation: '9-8-8: Suicide Crisis Helpline (CAMH)', url: 'https://988.ca' },
    },
  ],
  AU: [
    {
      name: 'Lifeline',
      number: '13 11 14',
      alwaysOpen: true,
      source: { organisation: 'Lifeline Australia', url: 'https://www.lifeline.org.au' },
    },
  ],
  NZ: [
    {
      name: 'Need to talk? (call or text)',
      number: '1737',
      alwaysOpen: true,
      source: {
        organisation: 'Whakarongorau Aotearoa (via Pegasus Health)',
        url: 'https://www.pegasus.health.nz/?p=6300',
      },
    },
  ],
  DE: [
    {
      name: 'TelefonSeelsorge',
      number: '0800 111 0 111',
      alwaysOpen: true,
      source: { organisation: 'TelefonSeelsorge Deutschland', url: 'https://www.telefonseelsorge.de' },
    },
    {
      name: 'TelefonSeelsorge',
      number: '0800 111 0 222',
      alwaysOpen: true,
      source: { organisation: 'TelefonSeelsorge Deutschland', url: 'https://www.telefonseelsorge.de' },
    },
  ],
  AT: [
    {
      name: 'TelefonSeelsorge',
      number: '142',
      alwaysOpen: true,
      source: {
        organisation: 'TelefonSeelsorge Österreich (katholisch.at)',
        url: 'https://www.katholisch.at/telefonseelsorge',
      },
    },
  ],
  CH: [
    {
      name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico',
      number: '143',
      alwaysOpen: true,
      source: { organisation: 'Die Dargebotene Hand', url: 'https://www.143.ch' },
    },
  ],
  ES: [
    {
      name: 'Línea 024 de atención a la conducta suicida',
      number: '024',
      alwaysOpen: true,
      source: {
        organisation: 'Ministerio de Sanidad (vía RTVE)',
        url: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
      },
    },
  ],
  MX: [
    {
      name: 'Línea de la Vida',
      number: '800 911 2000',
      alwaysOpen: true,
      source: {
        organisation: 'CONASAMA, Secretaría de Salud (vía El Universal)',
        url: 'https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/',
      },
    },
  ],
  AR: [
    {
      name: 'Línea de salud mental del Ministerio de Salud de la Nación',
      number: '0800 999 0091',
      alwaysOpen: true,
      source: {
        organisation: 'Ministerio de Salud de la Nación (vía Cba24n)',
        url: 'https://www.cba24n.com.ar/sociedad/se-habilito-linea-telefonica-nacional-y-gratuita-para-urgencias-de-salud-mental_a631b4db37e12b42cd076b8cf',
      },
    },
    {
      name: 'Centro de Asistencia al Suicida (135 en CABA y GBA)',
      number: '(011) 5275-1135',
      hours: 'todos los días de 8 a 24',
      source: {
        organisation: 'Centro de Asistencia al Suicida (vía El Auditor)',
        url: 'https://elauditor.info/actualidad/-es-muy-importante-la-tarea-de-prevencion-del-suicidio-_a603ce26796773412c05b098e',
      },
    },
  ],
  FR: [
    {
      name: '3114, numéro national de prévention du suicide',
      number: '3114',
      alwaysOpen: true,
      source: { organisation: '3114', url: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/' },
    },
  ],
  IT: [
    {
      name: 'Telefono Amico Italia',
      number: '02 2327 2327',
      hours: 'tutti i giorni dalle 10 alle 24',
      source: {
        organisation: 'Telefono Amico Italia (via TPI)',
        url: 'https://www.tpi.it/news/solo-a-natale-telefono-amico-20211215850521/',
      },
    },
  ],
  NL: [
    {
      name: '113 Zelfmoordpreventie',
      number: '0800-0113',
      alwaysOpen: true,
      source: { organisation: '113 Zelfmoordpreventie', url: 'https://www.113.nl' },
    },
    {
      name: '113 Zelfmoordpreventie',
      number: '113',
      alwaysOpen: true,
      source: { organisation: '113 Zelfmoordpreventie', url: 'https://www.113.nl' },
    },
  ],
};
