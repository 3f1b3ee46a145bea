import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../test/app.js';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> } | undefined>;
}
type Paths = Record<string, Record<string, Operation>>;

const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** `204` says "no content" by having none; every other 2xx answer must describe what it sends. */
function documentsAnswer(status: string, answer: NonNullable<Operation['responses']>[string]): boolean {
  if (status === '204') return true;
  const content = Object.values(answer?.content ?? {});
  return content.length > 0 && content.every((c) => c.schema !== undefined);
}

describe('the OpenAPI document (/api/docs)', async () => {
  const { app } = await makeTestApp();

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
        return answers.length === 0 || answers.some(([status, answer]) => !documentsAnswer(status, answer));
      })
      .map(({ name }) => name);
    expect(missing, `${missing.length} of ${operations.length} operations lack a 2xx answer schema`).toEqual([]);
  });
});
