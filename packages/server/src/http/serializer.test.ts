import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from './serializer.js';

async function appAnswering(answer: unknown, schema: z.ZodType) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.get('/x', { schema: { response: { 200: schema } } }, async () => answer as never);
  await app.ready();
  return app;
}

describe('response serializer', () => {
  it('sends an answer that fits its schema, without the keys the schema does not name', async () => {
    const app = await appAnswering(
      { items: [{ pain: 4, secret: 'hash' }], at: '2026-03-14' },
      z.object({ items: z.array(z.object({ pain: z.number() })), at: z.string() }),
    );
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [{ pain: 4 }], at: '2026-03-14' });
  });

  it('refuses to send an answer that does not fit: a 500, and none of the answer', async () => {
    const app = await appAnswering({ pain: 'four', note: 'private words' }, z.object({ pain: z.number() }));
    const res = await app.inject('/x');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('private words');
  });

  it('refuses an unknown key where the schema is strict', async () => {
    const app = await appAnswering({ pain: 4, extra: true }, z.strictObject({ pain: z.number() }));
    expect((await app.inject('/x')).statusCode).toBe(500);
  });
});
