import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { tmpRoot } from '../test/target.js';

const t = await makeTestApp({ clock: () => new Date('2026-06-30T12:00:00Z') });
const out = join(tmpRoot, 'report');
mkdirSync(out, { recursive: true });

/** The report's text (pdftotext, whitespace squeezed); the PDF and a PNG of page 1 are left in `out`. */
async function reportText(u: TestUser, query: string, name: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/report.pdf?${query}`,
    headers: { cookie: u.cookie },
  });
  expect(res.statusCode).toBe(200);
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, res.rawPayload);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, join(out, name)]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const bleed = (u: TestUser, date: string, bleeding: string) =>
  u.call('POST', '/api/v1/checkins', { recordedAt: `${date}T08:00:00Z`, pain: 3, bleeding });

describe('doctor report: bleeding checks', () => {
  it('names every run after menopause of the range and the last 12 months, with her booked answer', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { birthYear: 1969 });
    await u.call('POST', '/api/v1/periods', {
      startDate: '2025-01-10',
      endDate: '2025-01-14',
      flow: 'medium',
    });
    for (const d of ['2026-03-03', '2026-03-04', '2026-03-05']) await bleed(u, d, 'spotting');
    await u.call('POST', '/api/v1/bleeding-answers', {
      runStart: '2026-03-03',
      answer: 'booked',
      answeredAt: '2026-03-06T09:00:00Z',
    });
    await bleed(u, '2026-06-10', 'light');

    const text = await reportText(u, 'from=2026-04-01&to=2026-06-30', 'report-bleeding');
    expect(text).toContain('Red-flag screening and bleeding checks');
    expect(text).toContain(
      'Bleeding on 3 – 5 Mar 2026 (3 days) after 12 months without periods: the app advised a GP appointment ' +
        'within 2 weeks. I told the app on 6 Mar 2026 that I have booked an appointment.',
    );
    expect(text).toContain(
      'Bleeding on 10 Jun 2026 (1 day) after 12 months without periods: the app advised a GP appointment within ' +
        '2 weeks. I have not told the app that I booked one.',
    );
    // The light bleed would read as a period returning; the stage line says it needs a check first.
    expect(text).toContain(
      'STRAW+10 stage: not estimated for now. The bleeding on 10 Jun 2026 came after 12 months without periods ' +
        'and needs a check first; it is not read as periods coming back.',
    );
    expect(text).toContain('Bleeding started: 10 Jun 2026.');
    expect(text).not.toMatch(/transition|Periods started|since the last period/i);
    expect(text).not.toMatch(/cancer|you have/i);
  });

  it('leaves out runs older than both the range and the last 12 months', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', { menopausalSelfReport: 'no_period_12_months_or_more' });
    await bleed(u, '2025-05-02', 'spotting');
    const text = await reportText(u, 'from=2026-04-01&to=2026-06-30', 'report-bleeding-old');
    expect(text).not.toContain('Bleeding on');
    expect(text).toContain('Red-flag screening No red-flag screening');
    const wide = await reportText(u, 'from=2025-04-01&to=2026-06-30', 'report-bleeding-wide');
    expect(wide).toContain(
      'Bleeding on 2 May 2025 (1 day) after I had told the app my periods stopped 12 months or more ago: the app ' +
        'advised a GP appointment within 2 weeks.',
    );
  });

  it('says why bleeding on HRT needed a check, and keeps the stage as the estimate gives it', async () => {
    const u = await t.newUser();
    await u.call('PUT', '/api/v1/profile', {
      hrt: true,
      hrtRegimen: 'continuous',
      hrtStartDate: '2025-10-01',
    });
    for (const d of ['2026-06-20', '2026-06-21']) await bleed(u, d, 'light');
    const text = await reportText(u, '', 'report-bleeding-hrt');
    expect(text).toContain(
      'Bleeding on 20 – 21 Jun 2026 (2 days) outside the pattern expected on my HRT (bleeding on continuous HRT ' +
        'after the first months): the app advised a GP or menopause clinic appointment within 2 weeks.',
    );
    expect(text).toContain('STRAW+10 stage: Not estimated.');
  });
});
