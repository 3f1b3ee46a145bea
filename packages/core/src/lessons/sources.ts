import type { LessonSource } from './schema.js';

/**
 * The sources lessons cite, written once. A `url` is given only where the DOI, PubMed record or
 * official page was checked; otherwise the citation stands alone (never a guessed link).
 */
export const SOURCES = {
  niceNg59: {
    citation:
      'National Institute for Health and Care Excellence (NICE). Low back pain and sciatica in over 16s: assessment and management (NG59), updated 2020',
    year: 2016,
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  niceNg23: {
    citation:
      'National Institute for Health and Care Excellence (NICE). Menopause guideline (NG23), updated 2024',
    year: 2015,
    url: 'https://www.nice.org.uk/guidance/ng23',
  },
  niceNg144: {
    citation:
      'National Institute for Health and Care Excellence (NICE). Cannabis-based medicinal products (NG144)',
    year: 2019,
    url: 'https://www.nice.org.uk/guidance/ng144',
  },
  hartvigsen2018: {
    citation:
      'Hartvigsen J, Hancock MJ, Kongsted A, et al. What low back pain is and why we need to pay attention. The Lancet (low back pain series)',
    year: 2018,
    url: 'https://doi.org/10.1016/S0140-6736(18)30480-X',
  },
  hayden2021: {
    citation:
      'Hayden JA, et al. Exercise therapy for chronic low back pain. Cochrane Database of Systematic Reviews',
    year: 2021,
    url: 'https://doi.org/10.1002/14651858.CD009790.pub2',
  },
  pocovi2024: {
    citation:
      'Pocovi NC, Lin CC, French SD, et al. An individualised, progressive walking and education intervention for the prevention of low back pain recurrence (WalkBack): a randomised controlled trial. The Lancet',
    year: 2024,
    url: 'https://doi.org/10.1016/S0140-6736(24)00755-4',
  },
  yamato2015: {
    citation:
      'Yamato TP, Maher CG, Saragiotto BT, et al. Pilates for low back pain. Cochrane Database of Systematic Reviews',
    year: 2015,
    url: 'https://doi.org/10.1002/14651858.CD010265.pub2',
  },
  wieland2022: {
    citation:
      'Wieland LS, Skoetz N, Pilkington K, et al. Yoga for chronic non-specific low back pain. Cochrane Database of Systematic Reviews',
    year: 2022,
    url: 'https://doi.org/10.1002/14651858.CD010671.pub3',
  },
  saragiotto2016: {
    citation:
      'Saragiotto BT, Maher CG, Yamato TP, et al. Motor control exercise for chronic non-specific low-back pain. Cochrane Database of Systematic Reviews',
    year: 2016,
  },
  silbernagel2007: {
    citation:
      'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy. American Journal of Sports Medicine',
    year: 2007,
  },
  owen2020: {
    citation:
      'Owen PJ, Miller CT, Mundell NL, et al. Which specific modes of exercise training are most effective for treating low back pain? Network meta-analysis. British Journal of Sports Medicine',
    year: 2020,
    url: 'https://bjsm.bmj.com/content/54/21/1279',
  },
  greendale2012: {
    citation:
      "Greendale GA, Sowers M, Han W, et al. Bone mineral density loss in relation to the final menstrual period in a multiethnic cohort: the Study of Women's Health Across the Nation (SWAN). Journal of Bone and Mineral Research",
    year: 2012,
    url: 'https://doi.org/10.1002/jbmr.534',
  },
  brookeWavell2022: {
    citation:
      'Brooke-Wavell K, Skelton DA, Barker KL, et al. Strong, steady and straight: UK consensus statement on physical activity and exercise for osteoporosis (Royal Osteoporosis Society). British Journal of Sports Medicine',
    year: 2022,
    url: 'https://doi.org/10.1136/bjsports-2021-104634',
  },
  wright2024: {
    citation: 'Wright VJ, et al. The musculoskeletal syndrome of menopause. Climacteric',
    year: 2024,
  },
  finan2013: {
    citation:
      'Finan PH, Goodin BR, Smith MT. The association of sleep and pain: an update and a path forward. Journal of Pain',
    year: 2013,
  },
  kovacs2003: {
    citation:
      'Kovacs FM, Abraira V, Peña A, et al. Effect of firmness of mattress on chronic non-specific low-back pain: randomised, double-blind, controlled, multicentre trial. The Lancet',
    year: 2003,
    url: 'https://pubmed.ncbi.nlm.nih.gov/14630439/',
  },
  cherkin2016: {
    citation:
      'Cherkin DC, Sherman KJ, Balderson BH, et al. Effect of mindfulness-based stress reduction vs cognitive behavioral therapy or usual care on back pain and functional limitations in adults with chronic low back pain. JAMA',
    year: 2016,
    url: 'https://doi.org/10.1001/jama.2016.2323',
  },
  zaccaro2018: {
    citation:
      'Zaccaro A, Piarulli A, Laurino M, et al. How breath-control can change your life: a systematic review on psycho-physiological correlates of slow breathing. Frontiers in Human Neuroscience',
    year: 2018,
    url: 'https://doi.org/10.3389/fnhum.2018.00353',
  },
  toussaint2021: {
    citation:
      'Toussaint L, Nguyen QA, Roettger C, et al. Effectiveness of progressive muscle relaxation, deep breathing, and guided imagery in promoting psychological and physiological states of relaxation. Evidence-Based Complementary and Alternative Medicine',
    year: 2021,
    url: 'https://doi.org/10.1155/2021/5924040',
  },
  shiri2010: {
    citation:
      'Shiri R, Karppinen J, Leino-Arjas P, Solovieva S, Viikari-Juntura E. The association between obesity and low back pain: a meta-analysis. American Journal of Epidemiology',
    year: 2010,
    url: 'https://doi.org/10.1093/aje/kwp356',
  },
  shrestha2018: {
    citation:
      'Shrestha N, et al. Workplace interventions for reducing sitting at work. Cochrane Database of Systematic Reviews',
    year: 2018,
  },
  sonne2012: {
    citation:
      'Sonne M, Villalta DL, Andrews DM. Development and evaluation of an office ergonomic checklist: the Rapid Office Strain Assessment (ROSA). Applied Ergonomics',
    year: 2012,
  },
  eatwell2016: {
    citation: 'Public Health England. The Eatwell Guide',
    year: 2016,
    url: 'https://www.gov.uk/government/publications/the-eatwell-guide',
  },
  nccihTurmeric: {
    citation:
      'National Center for Complementary and Integrative Health (NCCIH, US). Turmeric (fact sheet, read in 2026)',
    year: 2026,
    url: 'https://www.nccih.nih.gov/health/turmeric',
  },
  straube2015: {
    citation:
      'Straube S, et al. Vitamin D for the treatment of chronic painful conditions in adults. Cochrane Database of Systematic Reviews',
    year: 2015,
    url: 'https://doi.org/10.1002/14651858.CD007771.pub3',
  },
  zhang2024: {
    citation:
      'Zhang Z, Pasapula M, Wang Z, Edwards K, Norrish A. The effectiveness of cupping therapy on low back pain: a systematic review and meta-analysis of randomized control trials. Complementary Therapies in Medicine',
    year: 2024,
    url: 'https://doi.org/10.1016/j.ctim.2024.103013',
  },
  finucane2020: {
    citation:
      'Finucane LM, Downie A, Mercer C, et al. International framework for red flags for potential serious spinal pathologies. Journal of Orthopaedic & Sports Physical Therapy',
    year: 2020,
  },
  hill1965: {
    citation:
      'Hill AB. The environment and disease: association or causation? Proceedings of the Royal Society of Medicine',
    year: 1965,
  },
  urban2003: {
    citation: 'Urban JPG, Roberts S. Degeneration of the intervertebral disc. Arthritis Research & Therapy',
    year: 2003,
  },
} as const satisfies Record<string, LessonSource>;

/** The date every lesson's text was last checked against its sources. */
export const REVIEWED_AT = '2026-12-06';
