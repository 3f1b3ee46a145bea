import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { seedDemoDiary } from '../test/demo-diary.js';
import { tmpRoot } from '../test/target.js';

const t = await makeTestApp({ clock: () => new Date('2026-06-30T12:00:00Z') });
const out = join(tmpRoot, 'report');
mkdirSync(out, { recursive: true });

async function pdfOf(u: TestUser, query: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/report.pdf?${query}`,
    headers: { cookie: u.cookie },
  });
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
}
function save(name: string, pdf: Buffer) {
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    file,
    text,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info),
  };
}

describe('GET /report.pdf', () => {
  it('summarises six months on at most two readable pages, A4 and Letter', async () => {
    const u = await t.newUser();
    await seedDemoDiary(u, '2026-01-01', 181);
    const res = await pdfOf(u, 'from=2026-01-01&to=2026-06-30&paper=a4');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="spinekind-report-2026-01-01-to-2026-06-30.pdf"',
    );
    const a4 = save('report-a4', res.body);
    expect(a4.pages).toBeLessThanOrEqual(2);
    expect(a4.size?.slice(1).map(Number)).toEqual([595.28, 841.89]);
    const text = a4.text.replace(/\s+/g, ' ');
    expect(text).toContain('Back pain diary: summary for my doctor');
    expect(text).toContain('1 Jan 2026 to 30 Jun 2026');
    expect(text).toContain('made 30 Jun 2026');
    expect(text).toContain('Patient-kept diary, not a diagnosis');
    expect(text).toContain(
      'About me, from my profile: I was born in 1978 (age 47 or 48). I have been told I have osteopenia ' +
        '(low bone density). My periods have become irregular. I do not use hormonal contraception. I do not take HRT.',
    );
    // Month labels carry the whole year: "Mar 26" would read as a day.
    expect(text).toContain('Mar 2026');
    expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun) 26\b/);
    const logged = (await u.call('GET', '/api/v1/checkins?from=2026-01-01&to=2026-06-30')).json.items as {
      localDate: string;
      pain: number;
    }[];
    const byDay = new Map<string, { pain: number }[]>();
    for (const c of logged) byDay.set(c.localDate, [...(byDay.get(c.localDate) ?? []), c]);
    const dailyMeans = [...byDay.values()].map((cs) => cs.reduce((a, c) => a + c.pain, 0) / cs.length);
    const mean = dailyMeans.reduce((a, b) => a + b, 0) / dailyMeans.length;
    expect(text).toContain(`${byDay.size} of 181 days logged`);
    expect(text).toContain(`Average pain ${mean.toFixed(1)} / 10`);
    expect(text).toMatch(/my pain was \d\.\d points lower/);
    expect(text).not.toMatch(/\byour\b/i);
    expect(text).toMatch(/Lower back, centre \d+ days/);
    expect(text).toContain('Sleep, mood and hot flashes');
    expect(text).toContain('Red-flag screening');
    expect(text).toContain(
      'I did the red-flag screening twice in this period. 1 ended with self-care advice; 1 gave the advice below.',
    );
    expect(text).toMatch(/3 Mar 2026 Book an appointment/);
    expect(text).toContain('STRAW+10 stage');
    expect(text).toContain('Periods started: 6 Jan 2026, 8 Feb 2026, 21 Mar 2026, 21 May 2026');
    expect(text).toMatch(/NHS physiotherapy Physiotherapy 21 Jan 2026 22 Mar 2026/);
    expect(text).toMatch(/Sports massage Massage 11 Apr 2026 ongoing/);
    expect(text).toContain('never a dose');
    const sessions = (await u.call('GET', '/api/v1/sessions?from=2026-01-01&to=2026-06-30')).json.items
      .length;
    expect(sessions).toBeGreaterThan(20);
    expect(text).toContain(
      `${(sessions / (181 / 7)).toFixed(1)} sessions a week (${sessions} sessions over 25.9 weeks); my plan: 3 a week.`,
    );
    expect(text).toMatch(/PEG pain scale \(0–10\) 25 5 on 7 Jan 2026/);
    expect(text).toMatch(/Likely .*sleep/i);
    expect(text).toContain('not proof of cause');
    expect(text).toContain('Is it worth checking my vitamin D?');
    expect(text).not.toMatch(/\bmg\b|dose of/);

    // Tagged for screen readers: one Document with the title, section headings in reading order,
    // tables with column headers, the chart as a Figure; page footers are artifacts, not content.
    expect(execFileSync('pdfinfo', [a4.file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const structure = execFileSync('pdfinfo', ['-struct-text', a4.file], { encoding: 'utf8' });
    expect(structure.startsWith('Document\n  H1')).toBe(true);
    const headings = [...structure.matchAll(/H2 \(block\)\n\s+"([^"]+)"/g)].map((h) => h[1]);
    expect(headings).toEqual([
      'Pain over time',
      'Where it hurts',
      'Sleep, mood and hot flashes',
      'Red-flag screening',
      'Cycle and menopause stage (estimate)',
      'Treatments and things I have tried',
      'Exercise',
      'Questionnaires',
      'Patterns in my diary',
      'Questions for my doctor',
    ]);
    expect(structure).toMatch(/Figure\n/);
    expect(structure).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Average"/);
    expect(structure).toMatch(/TD\n\s+"Sports massage"/);
    expect(structure).not.toContain('page 1 of');
    const raw = res.body.toString('latin1');
    // The chart starts at her first check-in of the range (the seeded diary skips its first days).
    const first = (await u.call('GET', '/api/v1/checkins?from=2026-01-01&to=2026-06-30')).json.items
      .map((c: { localDate: string }) => c.localDate)
      .sort()[0] as string;
    expect(first > '2026-01-01').toBe(true);
    expect(raw).toContain(
      `/Alt (Chart of my daily mean pain, 0 to 10, from ${Number(first.slice(8))} Jan 2026 to 30 Jun 2026`,
    );
    expect(raw).toMatch(/\/ActualText \(Lower back, centre: \d+ days\)/);
    execFileSync('pdftoppm', ['-png', '-r', '80', a4.file, join(out, 'report-a4')]);
    expect(readdirSync(out).filter((f) => /^report-a4-\d\.png$/.test(f)).length).toBe(a4.pages);

    const letter = save('report-letter', (await pdfOf(u, 'from=2026-01-01&to=2026-06-30&paper=letter')).body);
    expect(letter.pages).toBeLessThanOrEqual(2);
    expect(letter.size?.slice(1).map(Number)).toEqual([612, 792]);
    expect(letter.text).toContain('Questions for my doctor');
  }, 60_000);

  it('prints a calm, short report for a new user, with lines to write questions on', async () => {
    const u = await t.newUser();
    const res = await pdfOf(u, 'paper=letter');
    expect(res.status).toBe(200);
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = save('report-empty', res.body);
    expect(pages).toBe(1);
    expect(text).toContain('1 Apr 2026 to 30 Jun 2026');
    expect(text).toContain('No pain scores were logged in this period.');
    expect(text).toContain('No red-flag screening was done in this period.');
    expect(text).toContain('No exercise sessions or plan logged in the app.');
  });

  it('prints Central European letters in her questions and treatment names (ł, ő, ș, ğ, ě)', async () => {
    const u = await t.newUser();
    const questions =
      'Czy ból pleców w Łodzi ma związek z menopauzą?\n\nŐszintén: mi segít? Și ce fac cu țeava? Ağrı, děkuji.';
    await u.call('PUT', '/api/v1/profile', { doctorQuestions: questions });
    await u.call('POST', '/api/v1/treatments', {
      kind: 'physio',
      name: 'Fizjoterapia – Łódź',
      startDate: '2026-05-02',
    });
    const res = await pdfOf(u, 'from=2026-05-01&to=2026-06-30');
    const { file, text } = save('report-latin-ext', res.body);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(questions.replace(/\s+/g, ' '));
    expect(flat).toContain('Fizjoterapia – Łódź');
    expect(text).toMatch(/menopauzą\? *\n *\n *Őszintén/);
    // Each face is embedded from both files of the font package: Latin and Latin Extended.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts.match(/AtkinsonHyperlegible-Regular/g)?.length).toBe(2);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, join(out, 'report-latin-ext')]);
  });

  it('starts the chart at her first entry and says her own account beside an empty period log', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', {
      birthYear: 1968,
      boneHealth: 'osteoporosis',
      menopausalSelfReport: 'no_period_12_months_or_more',
      hrt: true,
      hrtStartDate: '2025-11-10',
      hrtRegimen: 'continuous',
    });
    for (let d = 1; d <= 30; d++) {
      const day = `2026-05-${String(d).padStart(2, '0')}`;
      await u.call('POST', '/api/v1/checkins', { recordedAt: `${day}T08:00:00+01:00`, pain: 3 + (d % 3) });
    }
    const res = await pdfOf(u, 'from=2026-01-01&to=2026-06-30&paper=a4');
    const { text } = save('report-background', res.body);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('I was born in 1968 (age 57 or 58). I have been told I have osteoporosis.');
    expect(flat).toContain('I have had no period for 12 months or more.');
    expect(flat).toContain('I have taken HRT since 10 Nov 2025, continuous (no planned bleeds).');
    expect(flat).not.toMatch(/dose|mg\b/);
    expect(flat).toContain(
      'No period is logged in this time, which fits what I said in my profile (no period for 12 months or more).',
    );
    const raw = res.body.toString('latin1');
    expect(raw).toContain('/Alt (Chart of my daily mean pain, 0 to 10, from 1 May 2026 to 30 Jun 2026');
  });

  it("rejects bad ranges and paper, and never shows another user's diary", async () => {
    const a = await t.newUser();
    await a.call('POST', '/api/v1/checkins', {
      recordedAt: '2026-06-01T08:00:00Z',
      pain: 9,
      notes: 'secret',
    });
    const b = await t.newUser();
    expect((await pdfOf(b, 'from=2026-06-10&to=2026-06-01')).status).toBe(400);
    expect((await pdfOf(b, 'paper=a3')).status).toBe(400);
    expect((await pdfOf(b, 'from=2020-01-01&to=2026-06-01')).status).toBe(400);
    const { text } = save('report-other', (await pdfOf(b, 'from=2026-05-01&to=2026-06-30')).body);
    expect(text).toContain('0 of 61 days logged');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/report.pdf' });
    expect(anonymous.statusCode).toBe(401);
  });
});
