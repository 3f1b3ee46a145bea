import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { addDays, type ExperimentPeriod, experimentSchedule } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp, type TestUser } from '../test/app.js';
import { askIn } from '../test/ask-in.js';

let now = new Date('2026-03-02T09:00:00Z');
const t = await makeTestApp({ clock: () => now });
const zone = '?timeZone=Europe/London';
const START = '2026-03-02';

async function morningRoutine(u: TestUser, fields: Record<string, unknown> = {}) {
  const id = randomUUID();
  const res = await u.call('POST', `/api/v1/experiments${zone}`, {
    id,
    templateId: 'morning-routine',
    startDate: START,
    periodDays: 3,
    pairs: 2,
    ...fields,
  });
  return { id, res };
}

/** Her check-ins and "yes, I followed it" for every day of the schedule up to `through`, pain by condition. */
async function liveThrough(
  u: TestUser,
  id: string,
  schedule: ExperimentPeriod[],
  through: string,
  pain: (c: string) => number,
) {
  for (const p of schedule)
    for (let d = p.start; d <= p.end && d <= through; d = addDays(d, 1)) {
      await u.call('POST', '/api/v1/checkins', { recordedAt: `${d}T20:00:00Z`, pain: pain(p.condition) });
      await u.call('PUT', `/api/v1/experiments/${id}/adherence/${d}${zone}`, { followed: true });
    }
}

/** The whole schedule, drawn again from the experiment's stored seed (the API shows only periods so far). */
const fullSchedule = (e: {
  startDate: string;
  periodDays: number;
  pairs: number;
  washoutDays: number;
  seed: number;
}) => experimentSchedule(e);

/** The text of a PDF (poppler's pdftotext reads it from stdin). */
const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });

describe('experiments', () => {
  it('lists the templates', async () => {
    const u = await t.newUser();
    const res = await u.call('GET', '/api/v1/experiments/templates');
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(6);
    expect(res.json.items[0]).toMatchObject({
      id: 'morning-routine',
      periodDays: 7,
      pairs: 3,
      outcome: 'pain',
    });
  });

  it('sets up an experiment once per client id, starting today, with only the current period shown', async () => {
    now = new Date('2026-03-02T09:00:00Z');
    const u = await t.newUser();
    const { id, res } = await morningRoutine(u);
    expect(res.status).toBe(201);
    const e = res.json.experiment;
    expect(e).toMatchObject({
      id,
      status: 'running',
      startDate: START,
      endDate: '2026-03-13',
      periodDays: 3,
      pairs: 2,
    });
    expect(e.schedule).toHaveLength(1);
    expect(e.schedule[0]).toEqual(fullSchedule(e)[0]);
    const again = await morningRoutine(u);
    expect(again.res.status).toBe(201);
    const repeat = await u.call('POST', `/api/v1/experiments${zone}`, {
      id,
      templateId: 'lumbar-cushion',
      startDate: START,
    });
    expect(repeat.status).toBe(200);
    expect(repeat.json.experiment).toEqual(e);
    expect((await u.call('GET', `/api/v1/experiments${zone}`)).json.items).toHaveLength(2);
  });

  it('refuses a past start, an unknown template, and a custom experiment about a medicine, saying why', async () => {
    const u = await t.newUser();
    const past = await morningRoutine(u, { startDate: '2026-03-01' });
    expect(past.res.status).toBe(400);
    expect(past.res.json.error.details[0].path).toBe('startDate');
    expect((await morningRoutine(u, { templateId: 'nope' })).res.status).toBe(400);
    const medicine = await u.call('POST', `/api/v1/experiments${zone}`, {
      id: randomUUID(),
      custom: { title: 'Morning tablets', intervention: 'Take 400 mg ibuprofen', control: 'Nothing' },
      startDate: START,
    });
    expect(medicine.status).toBe(400);
    expect(medicine.json.error.message).toMatch(/medicine, supplement or dose/);
    expect(medicine.json.error.details[0]).toMatchObject({ path: 'custom.intervention' });
    expect((await u.call('GET', `/api/v1/experiments${zone}`)).json.items).toEqual([]);
    const walk = await u.call('POST', `/api/v1/experiments${zone}`, {
      id: randomUUID(),
      custom: { title: 'Lunch walk', intervention: 'Walk 20 minutes after lunch', control: 'Lunch as usual' },
      startDate: '2026-03-09',
    });
    expect(walk.status).toBe(201);
    expect(walk.json.experiment).toMatchObject({ status: 'planned', schedule: [], templateId: null });
    const tracker = await morningRoutine(u, { outcome: `tracker:${randomUUID()}` });
    expect(tracker.res.json.error.details[0].path).toBe('outcome');
  });

  it('speaks her language: templates, a ready-made experiment, today, the result and a refusal', async () => {
    now = new Date('2026-03-02T09:00:00Z');
    const u = await t.newUser();
    const templates = (await askIn(t, u, 'de', 'GET', '/api/v1/experiments/templates')).json.items;
    expect(templates.find((x: { id: string }) => x.id === 'lumbar-cushion').title).toBe('Lendenkissen');
    const { id, res } = await morningRoutine(u);
    const es = (await askIn(t, u, 'es', 'GET', `/api/v1/experiments/${id}${zone}`)).json.experiment;
    expect(es.title).toBe('Rutina de la mañana');
    expect(es.schedule).toEqual(res.json.experiment.schedule);
    const today = (await askIn(t, u, 'de', 'GET', `/api/v1/experiments/${id}/today${zone}`)).json;
    expect(today.instructions).toMatch(/Morgen/);
    const schedule = fullSchedule(res.json.experiment);
    now = new Date('2026-03-07T21:00:00Z');
    await liveThrough(u, id, schedule, '2026-03-07', (c) => (c === 'intervention' ? 2 : 6));
    now = new Date('2026-03-08T09:00:00Z');
    const result = (await askIn(t, u, 'es', 'GET', `/api/v1/experiments/${id}/result${zone}`)).json;
    expect(result.sentence).toMatch(/^Aún no hay datos suficientes para decirlo\. Por ahora, tu dolor fue/);
    const refused = await askIn(t, u, 'de', 'POST', `/api/v1/experiments${zone}`, {
      id: randomUUID(),
      custom: { title: 'Schmerzmittel', intervention: 'Morgens eine Tablette', control: 'Keine' },
      startDate: '2026-03-09',
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toMatch(/^Dieses Experiment scheint sich um ein Medikament/);
    expect(refused.json.error.details.map((d: { path: string }) => d.path)).toEqual([
      'custom.title',
      'custom.intervention',
    ]);
    const own = await askIn(t, u, 'es', 'POST', `/api/v1/experiments${zone}`, {
      id: randomUUID(),
      custom: { title: 'Paseo al mediodía', intervention: 'Caminar 20 minutos', control: 'Como siempre' },
      startDate: '2026-03-09',
    });
    expect(own.json.experiment.question).toBe('¿«Paseo al mediodía» cambia algo en mi espalda?');
  });

  it("says today's condition, logs adherence up to today, and 404s outside a running experiment", async () => {
    now = new Date('2026-03-02T09:00:00Z');
    const u = await t.newUser();
    const { id, res } = await morningRoutine(u);
    const today = await u.call('GET', `/api/v1/experiments/${id}/today${zone}`);
    expect(today.status).toBe(200);
    const condition = res.json.experiment.schedule[0].condition;
    expect(today.json).toMatchObject({ date: START, condition, washout: false, followed: null });
    expect(today.json.instructions).toMatch(
      condition === 'intervention' ? /morning mobility/ : /as you usually do/,
    );
    const logged = await u.call('PUT', `/api/v1/experiments/${id}/adherence/${START}${zone}`, {
      followed: true,
    });
    expect(logged.status).toBe(200);
    expect(logged.json.experiment.adherence).toEqual([{ date: START, followed: true }]);
    const changed = await u.call('PUT', `/api/v1/experiments/${id}/adherence/${START}${zone}`, {
      followed: false,
    });
    expect(changed.json.experiment.adherence).toEqual([{ date: START, followed: false }]);
    expect(
      (await u.call('PUT', `/api/v1/experiments/${id}/adherence/2026-03-03${zone}`, { followed: true }))
        .status,
    ).toBe(400);
    const badDate = await u.call('PUT', `/api/v1/experiments/${id}/adherence/2026-02-30${zone}`, {
      followed: true,
    });
    expect(badDate.status).toBe(400);
    expect(badDate.json.error.details[0].path).toBe('date');
    expect(
      (await u.call('PUT', `/api/v1/experiments/${id}/adherence/${START}${zone}`, { followed: 'yes' }))
        .status,
    ).toBe(400);
    const other = await t.newUser();
    expect((await other.call('GET', `/api/v1/experiments/${id}/today${zone}`)).status).toBe(404);
    expect(
      (await other.call('PUT', `/api/v1/experiments/${id}/adherence/${START}${zone}`, { followed: true }))
        .status,
    ).toBe(404);
    const later = await morningRoutine(u, { startDate: '2026-03-05' });
    expect((await u.call('GET', `/api/v1/experiments/${later.id}/today${zone}`)).status).toBe(404);
  });

  it('pauses on an urgent red-flag screening and goes on once she says she got checked', async () => {
    now = new Date('2026-03-02T09:00:00Z');
    const u = await t.newUser();
    const { id } = await morningRoutine(u);
    const screeningId = randomUUID();
    await u.call('POST', '/api/v1/screenings', {
      id: screeningId,
      recordedAt: '2026-03-02T08:30:00Z',
      input: { age: 52, answers: { fever: true } },
    });
    const paused = (await u.call('GET', `/api/v1/experiments/${id}${zone}`)).json.experiment;
    expect(paused).toMatchObject({
      status: 'paused',
      pausedBy: { screeningId, level: 'urgent', date: START },
    });
    expect((await u.call('GET', `/api/v1/experiments/${id}/today${zone}`)).status).toBe(404);
    expect(
      (await u.call('PUT', `/api/v1/experiments/${id}/adherence/${START}${zone}`, { followed: true })).status,
    ).toBe(409);
    await u.call('PATCH', `/api/v1/screenings/${screeningId}`, {
      followUp: 'checked',
      followUpAt: '2026-03-02T12:00:00Z',
    });
    const again = (await u.call('GET', `/api/v1/experiments/${id}${zone}`)).json.experiment;
    expect(again).toMatchObject({ status: 'running', pausedBy: null });
  });

  it('stops for good, shows the whole schedule, and refuses adherence after', async () => {
    now = new Date('2026-03-02T09:00:00Z');
    const u = await t.newUser();
    const { id } = await morningRoutine(u);
    const stopped = await u.call('POST', `/api/v1/experiments/${id}/stop${zone}`);
    expect(stopped.status).toBe(200);
    expect(stopped.json.experiment).toMatchObject({ status: 'stopped', stoppedAt: now.toISOString() });
    expect(stopped.json.experiment.schedule).toHaveLength(4);
    now = new Date('2026-03-02T10:00:00Z');
    const repeat = await u.call('POST', `/api/v1/experiments/${id}/stop${zone}`);
    expect(repeat.json.experiment.stoppedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(
      (await u.call('PUT', `/api/v1/experiments/${id}/adherence/${START}${zone}`, { followed: true })).status,
    ).toBe(409);
  });

  it('answers an interim result after the first pair and a final one at the end', async () => {
    now = new Date('2026-03-02T09:00:00Z');
    const u = await t.newUser();
    const { id, res } = await morningRoutine(u);
    const schedule = fullSchedule(res.json.experiment);
    const pain = (c: string) => (c === 'intervention' ? 2 : 6);
    now = new Date('2026-03-07T21:00:00Z');
    await liveThrough(u, id, schedule, '2026-03-07', pain);
    const early = await u.call('GET', `/api/v1/experiments/${id}/result${zone}`);
    expect(early.status).toBe(404);
    expect(early.json.error.message).toMatch(/after 2026-03-07/);
    now = new Date('2026-03-08T09:00:00Z');
    const interim = await u.call('GET', `/api/v1/experiments/${id}/result${zone}`);
    expect(interim.status).toBe(200);
    expect(interim.json).toMatchObject({
      status: 'interim',
      verdict: 'not enough data',
      daysCounted: 6,
      pairsUsed: 1,
    });
    now = new Date('2026-03-13T21:00:00Z');
    await liveThrough(u, id, schedule, '2026-03-13', pain);
    now = new Date('2026-03-14T09:00:00Z');
    const final = (await u.call('GET', `/api/v1/experiments/${id}/result${zone}`)).json;
    expect(final).toMatchObject({
      status: 'final',
      verdict: 'likely helps',
      daysCounted: 12,
      daysMissing: 0,
      adherenceRate: 1,
    });
    expect(final.effect).toBeLessThan(-3);
    expect(final.ciHigh).toBeLessThan(0);
    expect(final.threshold).toBe(-1);
    expect(final.sentence).toMatch(/likely helps/i);
    expect(final.days).toHaveLength(12);
    expect((await u.call('GET', `/api/v1/experiments/${id}${zone}`)).json.experiment.status).toBe('done');
    const report = await t.app.inject({
      method: 'GET',
      url: '/api/v1/report.pdf?from=2026-03-01&to=2026-03-14&paper=a4',
      headers: { cookie: u.cookie },
    });
    expect(report.statusCode).toBe(200);
    const text = pdfText(report.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('My experiments');
    expect(text).toMatch(
      /Morning routine \(3-day periods, 2 pairs in random order, 12 days counted\): It likely helps\. My pain was 3\.\d points lower/,
    );
  });

  it('joins the JSON backup and restores exactly, with the result computed from the restored check-ins', async () => {
    now = new Date('2026-03-02T09:00:00Z');
    const a = await t.newUser();
    const { id, res } = await morningRoutine(a);
    const schedule = fullSchedule(res.json.experiment);
    now = new Date('2026-03-13T21:00:00Z');
    await liveThrough(a, id, schedule, '2026-03-13', (c) => (c === 'intervention' ? 3 : 5));
    now = new Date('2026-03-20T09:00:00Z');
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/export?format=csv&type=experiments',
      headers: { cookie: a.cookie },
    });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^experimentId,title,templateId,.*,date,pair,condition,washout,followed$/);
    expect(lines).toHaveLength(13);
    expect(lines[1]).toContain(`${id},Morning routine,morning-routine,`);
    const backup = (await a.call('GET', '/api/v1/export?format=json')).json;
    expect(backup.experiments).toHaveLength(1);
    expect(backup.experiments[0]).toMatchObject({ id, seed: res.json.experiment.seed, schedule });
    expect(backup.experiments[0].adherence).toHaveLength(12);
    const b = await t.newUser();
    const restored = await b.call('POST', '/api/v1/import', backup);
    expect(restored.status).toBe(200);
    expect(restored.json.imported.experiments).toBe(1);
    const mine = (x: TestUser) => x.call('GET', `/api/v1/experiments/${id}${zone}`);
    expect((await mine(b)).json).toEqual((await mine(a)).json);
    const result = (x: TestUser) => x.call('GET', `/api/v1/experiments/${id}/result${zone}`);
    expect((await result(b)).json).toEqual((await result(a)).json);
    expect((await b.call('POST', '/api/v1/import', backup)).status).toBe(200);
    expect((await b.call('GET', `/api/v1/experiments${zone}`)).json.items).toHaveLength(1);
    backup.experiments[0].schedule = backup.experiments[0].schedule.slice(1);
    const broken = await (await t.newUser()).call('POST', '/api/v1/import', backup);
    expect(broken.status).toBe(400);
    expect(broken.json.error.details[0].path).toBe('experiments.0.schedule');
  });
});
