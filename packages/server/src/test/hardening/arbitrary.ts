import fc from 'fast-check';
import { z } from 'zod';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is untyped data here.
type Schema = Record<string, any>;

const MAX_ITEMS = 4;

const localDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const offset = fc.constantFrom('Z', '+00:00', '+01:00', '-05:00', '+05:30', '+14:00', '-12:00');

const instant = fc
  .tuple(
    fc.date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2026-06-14T00:00:00Z'),
      noInvalidDate: true,
    }),
    offset,
  )
  .map(([d, o]) => d.toISOString().replace(/\.\d{3}Z$/, o));

function stringOf(s: Schema): fc.Arbitrary<string> {
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return localDate;
    case 'date-time':
      return instant;
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
  }
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((x) => {
        return (s.maxLength === undefined || x.length <= s.maxLength) && x.length >= (s.minLength ?? 0);
      });
    } catch {
      // A pattern JavaScript cannot read falls through to plain text.
    }
  }
  return fc.string({
    unit: 'grapheme',
    minLength: s.minLength ?? 0,
    maxLength: Math.min(s.maxLength ?? 40, 40),
  });
}

function numberOf(s: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum : undefined);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum : undefined);
  if (integer)
    return fc.integer({
      min: Math.max(Math.ceil(min ?? -1_000_000), Number.MIN_SAFE_INTEGER),
      max: Math.min(Math.floor(max ?? 1_000_000), Number.MAX_SAFE_INTEGER),
    });
  return fc.double({ min: min ?? -1e6, max: max ?? 1e6, noNaN: true, noDefaultInfinity: true });
}

/** A fast-check arbitrary for values a JSON Schema (as `z.toJSONSchema` writes it) describes. */
export function arbitraryOf(s: Schema, defs: Schema = {}, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  const next = (x: Schema) => arbitraryOf(x, defs, depth + 1);
  if (s.$ref) {
    const name = String(s.$ref).split('/').pop() as string;
    return defs[name] ? next(defs[name]) : fc.jsonValue();
  }
  if ('const' in s) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(next));
  if (s.allOf?.length) return next(s.allOf[0]);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type: string) => next({ ...s, type })));
  switch (s.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberOf(s, true);
    case 'number':
      return numberOf(s, false);
    case 'string':
      return stringOf(s);
    case 'array':
      if (Array.isArray(s.prefixItems)) return fc.tuple(...s.prefixItems.map(next));
      return fc.array(s.items ? next(s.items) : fc.jsonValue(), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(Math.min(s.maxItems ?? MAX_ITEMS, MAX_ITEMS), s.minItems ?? 0),
      });
    case 'object': {
      const props: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries((s.properties ?? {}) as Schema)) props[key] = next(value);
      const fixed = fc.record(props, { requiredKeys: (s.required ?? []) as string[] });
      if (s.additionalProperties && typeof s.additionalProperties === 'object' && !s.properties) {
        const keys = s.propertyNames ? stringOf(s.propertyNames) : fc.string({ maxLength: 12 });
        return fc.dictionary(keys, next(s.additionalProperties), { maxKeys: MAX_ITEMS });
      }
      return fixed;
    }
  }
  return fc.jsonValue({ maxDepth: 2 });
}

/** Bodies shaped like a route's zod body schema (refinements are not applied: some are invalid). */
export function bodiesFor(schema: unknown): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Schema;
  return arbitraryOf(json, json.$defs ?? json.definitions ?? {});
}

const HOSTILE_TEXT = [
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDBFF',
  '\u202E\u0007',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🧘‍♀️',
  "'; DROP TABLE checkins; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '../../../etc/passwd',
  'x'.repeat(5000),
];
const HOSTILE_NUMBERS = [
  0,
  -0,
  -1,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  -(2 ** 63),
  1.2345678901234568e29,
  0.1,
];
const HOSTILE_DATES = [
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2026-03-14T25:61:00+01:00',
  '2026-03-14T08:30:00+99:99',
  'NaN',
  'Infinity',
  '1e400',
  '',
];

/** A value chosen to break things: bad text, extreme numbers, impossible dates, wrong types. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_DATES),
  fc.constantFrom(null, true, false, [], {}, [[[[]]]], { id: 'x' }, '00000000-0000-0000-0000-000000000000'),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Replaces (or adds) one field, at any depth, with a hostile value. */
export function withHostileField(body: unknown, path: number[], value: unknown): unknown {
  if (typeof body !== 'object' || body === null) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(body) ? [...body] : { ...body };
  const keys = Object.keys(copy);
  const [first, ...rest] = path;
  if (keys.length === 0 || first === undefined) return Array.isArray(copy) ? [...copy, value] : value;
  const key = keys[first % keys.length] as string;
  const child = (copy as Record<string, unknown>)[key];
  (copy as Record<string, unknown>)[key] = rest.length ? withHostileField(child, rest, value) : value;
  return copy;
}

/** Raw request bodies that JSON.stringify can't make: bad UTF-8, pollution keys, deep nesting, bad JSON. */
export const rawHostileBodies: { name: string; type: string; payload: Buffer | string }[] = [
  {
    name: 'invalid UTF-8',
    type: 'application/json',
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  },
  {
    name: 'overlong UTF-8',
    type: 'application/json',
    payload: Buffer.from('{"notes":"\xc0\xaf"}', 'latin1'),
  },
  { name: '__proto__ key', type: 'application/json', payload: '{"__proto__":{"admin":true},"pain":3}' },
  {
    name: 'constructor.prototype',
    type: 'application/json',
    payload: '{"constructor":{"prototype":{"admin":true}}}',
  },
  { name: 'constructor key', type: 'application/json', payload: '{"constructor":"x"}' },
  { name: 'deep nesting', type: 'application/json', payload: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { name: 'deep objects', type: 'application/json', payload: `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}` },
  { name: 'escaped NUL', type: 'application/json', payload: '{"notes":"\\u0000","name":"\\u0000"}' },
  {
    name: 'escaped lone surrogate',
    type: 'application/json',
    payload: '{"notes":"\\ud800","name":"\\udfff"}',
  },
  { name: 'huge number', type: 'application/json', payload: '{"pain":1e400,"value":-1e400}' },
  { name: 'NaN literal', type: 'application/json', payload: '{"pain":NaN}' },
  { name: 'truncated JSON', type: 'application/json', payload: '{"pain": ' },
  { name: 'empty JSON', type: 'application/json', payload: '' },
  { name: 'JSON null', type: 'application/json', payload: 'null' },
  { name: 'JSON string', type: 'application/json', payload: '"x"' },
  { name: 'JSON array', type: 'application/json', payload: '[1,2,3]' },
  { name: 'text/plain', type: 'text/plain', payload: '{"pain":3}' },
  { name: 'form', type: 'application/x-www-form-urlencoded', payload: 'pain=3' },
  { name: 'multipart without boundary', type: 'multipart/form-data', payload: '--x\r\n\r\n' },
  {
    name: 'multipart broken boundary',
    type: 'multipart/form-data; boundary=zzz',
    payload: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
  },
  {
    name: 'multipart no file',
    type: 'multipart/form-data; boundary=b',
    payload: '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--b--\r\n',
  },
  { name: 'multipart empty', type: 'multipart/form-data; boundary=b', payload: '--b--\r\n' },
  {
    name: 'xml',
    type: 'application/xml',
    payload: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><HealthData>&a;</HealthData>',
  },
  { name: 'zip magic only', type: 'application/zip', payload: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]) },
];
