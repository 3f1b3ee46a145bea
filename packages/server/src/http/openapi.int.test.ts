import { contract, requests } from '@spinekind/core';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

interface Operation {
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }> } | undefined
  >;
}
type Paths = Record<string, Record<string, Operation>>;

const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/**
 * An answer documents what it sends: a schema for each content type, or, for an answer without a body
 * (`z.null().describe(…)`, which swagger shows as no content), its own description. A route that declares
 * nothing gets swagger's placeholder `200: Default Response`, which fails.
 */
function documentsAnswer(answer: NonNullable<Operation['responses']>[string]): boolean {
  const content = Object.values(answer?.content ?? {});
  if (content.length === 0)
    return answer?.description !== undefined && answer.description !== 'Default Response';
  return content.every((c) => c.schema !== undefined);
}

describe('the OpenAPI document (/api/docs)', async () => {
  const { app } = await makeTestApp();

  it("declares, on every JSON route, the answer core's contract names for it (the web's typed client reads it)", () => {
    const problems: string[] = [];
    const named = new Set<string>();
    for (const route of app.routeTable) {
      if (!route.url.startsWith('/api/v1/') || route.method === 'HEAD') continue;
      const key = `${route.method} ${route.url.slice('/api/v1'.length)}`;
      const answers = Object.entries((route.schema?.response ?? {}) as Record<string, unknown>).filter(
        ([status]) => /^2\d\d$/.test(status),
      );
      // Files (report.pdf, calendar .ics, /export) answer by content type and are downloads, not client calls.
      if (answers.some(([, schema]) => typeof schema === 'object' && schema !== null && 'content' in schema))
        continue;
      const expected = (contract as Record<string, unknown>)[key];
      named.add(key);
      if (expected === undefined) problems.push(`${key}: not in core's contract`);
      for (const [status, schema] of answers)
        if (schema !== expected) problems.push(`${key} ${status}: not the contract's schema`);
    }
    // Each contract entry names a real route (a resource that deletes for good has no restore route).
    for (const key of Object.keys(contract))
      if (!named.has(key) && !key.endsWith('/restore')) problems.push(`${key}: no such route`);
    expect(problems).toEqual([]);
  });

  it("validates every JSON body with the schema core's `requests` names for its route (the web's client sends that type)", () => {
    const problems: string[] = [];
    const withBody = new Set<string>();
    for (const route of app.routeTable) {
      if (!route.url.startsWith('/api/v1/') || route.method === 'HEAD' || !route.schema?.body) continue;
      const key = `${route.method} ${route.url.slice('/api/v1'.length)}`;
      // A backup is checked section by section by the server's registry of resources (backup/parse.ts).
      if (key === 'POST /import') continue;
      withBody.add(key);
      const expected = (requests as Record<string, unknown>)[key];
      if (expected === undefined) problems.push(`${key}: no body in core's requests`);
      else if (route.schema.body !== expected) problems.push(`${key}: not the schema of core's requests`);
    }
    for (const key of Object.keys(requests))
      if (!withBody.has(key)) problems.push(`${key}: no route takes it`);
    expect(problems).toEqual([]);
  });

  it('declares a 2xx answer schema on every operation', async () => {
    const paths = (await app.inject({ method: 'GET', url: '/api/docs' })).json().paths as Paths;
    const operations = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => methods.includes(method))
        .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThan(100);
    const missing = operations
      .filter(({ op }) => {
        const answers = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        return answers.length === 0 || answers.some(([, answer]) => !documentsAnswer(answer));
      })
      .map(({ name }) => name);
    expect(missing, `${missing.length} of ${operations.length} operations lack a 2xx answer schema`).toEqual(
      [],
    );
  });
});
