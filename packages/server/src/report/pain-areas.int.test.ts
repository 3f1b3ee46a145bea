import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';
import { tmpRoot } from '../test/target.js';

// The doctor report shows pain per area, how it felt, and the function tests (issue #19).
const t = await makeTestApp({ clock: () => new Date('2026-06-30T12:00:00Z') });
const out = join(tmpRoot, 'report');
mkdirSync(out, { recursive: true });

describe('doctor report: pain described as she feels it, and function tests', () => {
  it('prints the average score per area, the kinds of pain and the function test results', async () => {
    const u = await t.newUser();
    for (const [day, back, hip] of [
      ['2026-06-01', 6, 3],
      ['2026-06-02', 7, 2],
      ['2026-06-03', 5, 4],
    ] as const) {
      await u.call('POST', '/api/v1/checkins', {
        recordedAt: `${day}T08:00:00Z`,
        pain: back,
        bodyAreas: ['lower_back_centre', 'hip_left'],
        painByArea: [
          { area: 'lower_back_centre', score: back },
          { area: 'hip_left', score: hip },
        ],
        painQualities: day === '2026-06-02' ? ['burning', 'shooting_down_leg'] : ['burning'],
      });
    }
    for (const [day, n] of [
      ['2026-04-10', 10],
      ['2026-05-10', 12],
      ['2026-06-10', 13],
    ] as const)
      await u.call('POST', '/api/v1/instruments/chair_stand/responses', {
        answers: [n],
        completedAt: `${day}T10:00:00Z`,
      });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/report.pdf?from=2026-04-01&to=2026-06-30',
      headers: { cookie: u.cookie },
    });
    expect(res.statusCode).toBe(200);
    const file = join(out, 'report-pain-areas.pdf');
    writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Average score by area: Lower back, centre 6.0 (3 days); Left hip 3.0 (3 days).');
    expect(text).toContain('How it felt: Burning 3 days; Shooting down the leg 1 day.');
    expect(text).toContain('30-second chair stand');
  });
});
