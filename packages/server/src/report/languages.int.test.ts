import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { seedDemoDiary } from '../test/demo-diary.js';
import { tmpRoot } from '../test/target.js';

const t = await makeTestApp({ clock: () => new Date('2026-06-30T12:00:00Z') });
const out = join(tmpRoot, 'report-languages');
mkdirSync(out, { recursive: true });
const MARGIN = 44;

/**
 * 30 days of the demo diary, plus what makes German and Spanish long: the longest area names with scores,
 * kinds of pain, weight and waist, and a screening with advice. `profile` is merged into hers.
 */
async function thirtyDays(profile: Record<string, unknown>): Promise<TestUser> {
  const u = await t.newUser();
  const from = '2026-06-01';
  await seedDemoDiary(u, from, 30);
  for (let d = 0; d < 30; d += 2) {
    const res = await u.call('POST', '/api/v1/checkins', {
      recordedAt: `${addDays(from, d)}T19:00:00+01:00`,
      pain: 4,
      bodyAreas: ['below_knee_left', 'buttock_right', 'lower_back_centre'],
      painByArea: [
        { area: 'below_knee_left', score: 5 },
        { area: 'buttock_right', score: 3 },
      ],
      painQualities: ['aching', 'stiffness'],
      weightKg: 70 + (d % 3) * 0.5,
      waistCm: 88,
      stiffnessMinutes: 20,
      nightWakings: 2,
    });
    expect(res.status).toBe(201);
  }
  await u.call('POST', '/api/v1/screenings', {
    recordedAt: '2026-06-20T08:00:00+01:00',
    input: { age: 47, answers: { one_leg_radiating: true, pain_weeks: 10 } },
  });
  const current = (await u.call('GET', '/api/v1/profile')).json.profile;
  expect((await u.call('PUT', '/api/v1/profile', { ...current, ...profile })).status).toBe(200);
  return u;
}

async function reportOf(u: TestUser, name: string, language?: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/report.pdf?from=2026-06-01&to=2026-06-30',
    headers: { cookie: u.cookie, ...(language ? { 'accept-language': language } : {}) },
  });
  expect(res.statusCode).toBe(200);
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, res.rawPayload);
  const run = (tool: string, ...args: string[]) =>
    execFileSync(tool, [...args, file, '-'], { encoding: 'utf8' });
  return {
    file,
    contentLanguage: res.headers['content-language'],
    text: run('pdftotext', '-layout').replace(/\s+/g, ' '),
    actualTexts: actualTextsOf(res.rawPayload),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]),
    bbox: run('pdftotext', '-bbox'),
  };
}

/** The `ActualText` a screen reader reads for a tagged element (pdfkit writes UTF-16 when it must). */
function actualTextsOf(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/ActualText \(((?:[^)\\]|\\.)*)\)/g)].map(([, raw = '']) => {
    const bytes = Buffer.from(raw.replace(/\\(.)/g, '$1'), 'latin1');
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : raw;
  });
}

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
/** Every word pdftotext finds, with its box, and each page's width. */
function wordsOf(bbox: string): { width: number; words: Word[] } {
  const width = Number(/<page width="([\d.]+)"/.exec(bbox)?.[1]);
  const words: Word[] = [];
  bbox.split('<page ').forEach((page, i) => {
    for (const w of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      const [xMin, yMin, xMax, yMax] = w.slice(1, 5).map(Number) as [number, number, number, number];
      words.push({ page: i, text: w[5] ?? '', xMin, yMin, xMax, yMax });
    }
  });
  return { width, words };
}

/** Words that run past the right margin, and pairs of words drawn over each other. */
function layoutProblems(bbox: string): string[] {
  const { width, words } = wordsOf(bbox);
  const problems = words
    .filter((w) => w.xMax > width - MARGIN + 0.5 || w.xMin < MARGIN - 0.5)
    .map((w) => `"${w.text}" runs to ${w.xMax.toFixed(1)} of ${width}`);
  for (const [i, a] of words.entries())
    for (const b of words.slice(i + 1)) {
      if (a.page !== b.page) continue;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > 1 && down > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin))
        problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  return problems;
}

describe('the doctor report in her language and units', () => {
  it('speaks German to a German reader, on at most two pages with nothing past the margins', async () => {
    const u = await thirtyDays({ country: 'DE' });
    const de = await reportOf(u, 'report-de', 'de-DE,de;q=0.9');
    expect(de.contentLanguage).toBe('de');
    expect(de.pages).toBeLessThanOrEqual(2);
    for (const heading of [
      'Rückenschmerz-Tagebuch: Zusammenfassung für die Arztpraxis',
      'Schmerzen im Verlauf',
      'Wo es wehtut',
      'Schlaf, Stimmung und Hitzewallungen',
      'Zyklus und Wechseljahresphase (Schätzung)',
      'Fragen an meine Ärztin oder meinen Arzt',
    ])
      expect(de.text).toContain(heading);
    expect(de.text).toContain('1. Juni 2026 bis 30. Juni 2026');
    expect(de.text).toContain('Ich bin 1978 geboren (47 oder 48 Jahre alt).');
    // A long area name wraps under itself; a screen reader reads it whole, with its days.
    expect(de.actualTexts).toContain('Linkes Bein unterhalb des Knies: 15 Tage');
    expect(de.text).toContain('Ergebnisse: Rat zur Selbstversorgung (1), der Rat unten (1).');
    expect(de.text).toMatch(/Mittlerer Schmerz \d,\d \/ 10/);
    expect(de.text).toMatch(/Gewicht 70,\d kg 70,0–71,0/);
    expect(de.text).toContain('Taillenumfang 88,0 cm');
    expect(de.text).toContain('Termin vereinbaren');
    expect(de.text).toContain('Seite 1 von');
    expect(layoutProblems(de.bbox)).toEqual([]);
    execFileSync('pdftoppm', ['-png', '-r', '60', de.file, join(out, 'report-de')]);
  }, 120_000);

  it('speaks Spanish when she chose Spanish, whatever her browser says, in the units she chose', async () => {
    const u = await thirtyDays({ country: 'ES', language: 'es', lengthUnit: 'in' });
    const es = await reportOf(u, 'report-es', 'en-GB');
    expect(es.contentLanguage).toBe('es');
    expect(es.pages).toBeLessThanOrEqual(2);
    for (const heading of [
      'Diario de dolor de espalda: resumen para mi médico o médica',
      'El dolor a lo largo del tiempo',
      'Dónde duele',
      'Sueño, ánimo y sofocos',
      'Preguntas para mi médico o médica',
    ])
      expect(es.text).toContain(heading);
    expect(es.text).toContain('Del 1 jun 2026 al 30 jun 2026');
    expect(es.actualTexts).toContain('Pierna izquierda, debajo de la rodilla: 15 días');
    expect(es.text).toMatch(/Peso 70,\d kg/);
    expect(es.text).toContain('Cintura 34,6 pulg.');
    expect(layoutProblems(es.bbox)).toEqual([]);
  }, 120_000);

  it('prints weight and waist in pounds and inches for a woman in the US', async () => {
    const u = await thirtyDays({ country: 'US' });
    const en = await reportOf(u, 'report-us', 'en-US');
    expect(en.text).toMatch(/Weight 15\d\.\d lb 154\.3–156\.5/);
    expect(en.text).toContain('Waist 34.6 in');
    expect(en.text).toContain('Lower back, centre');
    expect(layoutProblems(en.bbox)).toEqual([]);
  }, 120_000);

  it('answers a share link in the reader’s language', async () => {
    const u = await thirtyDays({ country: 'DE' });
    const share = (await u.call('POST', '/api/v1/shares', { days: 30 })).json.share as { url: string };
    const token = share.url.split('/').at(-1);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shared/${token}`,
      headers: { 'accept-language': 'de' },
    });
    expect(res.statusCode).toBe(200);
    const { report } = res.json();
    expect(report.measures[0]).toMatchObject({ label: 'Schlaf', unit: 'h pro Nacht' });
    expect(report.background).toContain('Ich bin 1978 geboren (47 oder 48 Jahre alt).');
    expect(report.bodyAreas.map((a: { label: string }) => a.label)).toContain('Unterer Rücken, Mitte');
  }, 120_000);
});
