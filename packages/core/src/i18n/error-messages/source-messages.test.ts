import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../errors.js';
import { errorMessages } from './index.js';
import { type MessageCatalogue, shapeOf } from './translate.js';

/**
 * The test that keeps error messages translated: it reads the source of core and server, collects every
 * English message literal in a message position, and names each one German or Spanish lacks.
 * Message positions: `new DomainError(code, '…')` (and RetryLater, PasscodeRefused, `super(code, '…')`),
 * `errorBody(code, '…')`, zod checks' message arguments (`.min(1, '…')`, `.regex(re, '…')`,
 * `.refine(fn, '…')`), `error:`/`message:` properties (also when an arrow function answers them), a
 * variable called `message`, the values of an object called `…Messages`, and what a function called
 * `…Message` returns. A sentence written over two lines (`…` + '…') is one text. Import previews and results (200 answers): `leaveOut(what, why)` and a day record's
 * `error(line, '…')`, an object with both `what` and `why` (a reason left out, handed on), a variable whose
 * name ends in `why`, and what a file was expected to be
 * (`notThisExport(app, '…')`, a runtime value of its message). A template literal's
 * `${…}` parts are wildcards (`{}`), as are a catalogue key's `{{name}}` parts.
 */

const repo = fileURLToPath(new URL('../../../../../', import.meta.url));

/** Not her messages: operator-facing start-up configuration and log lines, test helpers. */
const notHers = [
  /^packages\/server\/src\/config(-proxy)?\.ts$/,
  /^packages\/server\/src\/http\/log\.ts$/,
  /^packages\/server\/src\/test\//,
  /^packages\/server\/src\/admin\//,
];

const zodChecks = new Set([
  'min',
  'max',
  'length',
  'regex',
  'refine',
  'int',
  'gt',
  'gte',
  'lt',
  'lte',
  'positive',
  'nonnegative',
  'negative',
  'nonpositive',
  'multipleOf',
  'nonempty',
  'email',
  'url',
  'uuid',
]);
const errorClasses = new Set(['DomainError', 'RetryLater', 'PasscodeRefused']);
/** Import texts: every argument of `leaveOut`; the last of `notThisExport` (the app's name stays as it is). */
const importCalls = new Set(['leaveOut', '.leaveOut']);
const lastArgumentCalls = new Set(['notThisExport']);
/** Properties whose value is one of her messages. */
const messageProperties = ['message', 'error'];
const codes = new Set<string>(errorCodes);

export interface FoundMessage {
  file: string;
  line: number;
  /** The English text with every `${…}` as `{}`. */
  shape: string;
}

/** The English texts an expression can answer: a literal, either side of `?:`/`??`/`||`, an arrow's result. */
function textsOf(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join('')];
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node) && ['??', '||'].includes(node.operatorToken.getText()))
    return [...textsOf(node.left), ...textsOf(node.right)];
  // One sentence written over two lines: `…` + '…'.
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const right = textsOf(node.right);
    return textsOf(node.left).flatMap((left) => right.map((r) => left + r));
  }
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return textsOf(node.body);
  return [];
}

const calleeName = (node: ts.CallExpression | ts.NewExpression): string => {
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee)) return `.${callee.name.text}`;
  if (ts.isIdentifier(callee)) return callee.text;
  return callee.kind === ts.SyntaxKind.SuperKeyword ? 'super' : '';
};

/** A `super(…)` call in a class that extends one of ours (not a plain Error: those never reach her). */
function extendsAnErrorClass(node: ts.Node): boolean {
  let at: ts.Node | undefined = node;
  while (at && !ts.isClassDeclaration(at)) at = at.parent;
  const heritage = at?.heritageClauses?.flatMap((h) => h.types.map((t) => t.expression.getText())) ?? [];
  return heritage.some((name) => errorClasses.has(name));
}

/**
 * A day record's row problem, `days.error(line, '…')` (or `error(line, '…')` inside day-records.ts): two
 * arguments, the first not an object, so a logger's `log.error({ err }, 'text')` is not one.
 */
function isRowError(name: string, args: readonly ts.Node[]): boolean {
  return (
    (name === 'error' || name === '.error') &&
    args.length === 2 &&
    !ts.isObjectLiteralExpression(args[0] as ts.Node)
  );
}

/** Every message literal of one source text. */
export function messagesIn(file: string, source: string): FoundMessage[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: FoundMessage[] = [];
  const add = (node: ts.Node) => {
    const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    for (const shape of textsOf(node)) if (!codes.has(shape)) found.push({ file, line, shape });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const args = node.arguments ?? [];
      if (
        (ts.isNewExpression(node) && errorClasses.has(name)) ||
        (name === 'super' && extendsAnErrorClass(node)) ||
        name === 'errorBody' ||
        importCalls.has(name)
      )
        args.forEach(add);
      else if (
        ((name.startsWith('.') && zodChecks.has(name.slice(1))) || lastArgumentCalls.has(name)) &&
        args.length > 0
      )
        add(args[args.length - 1] as ts.Node);
      else if (isRowError(name, args)) add(args[1] as ts.Node);
    }
    if (ts.isPropertyAssignment(node) && messageProperties.includes(node.name.getText()))
      add(node.initializer);
    if (ts.isObjectLiteralExpression(node)) {
      const props = node.properties.filter(ts.isPropertyAssignment);
      const named = (key: string) => props.find((p) => p.name.getText() === key);
      const what = named('what');
      const why = named('why');
      if (what && why) {
        add(what.initializer);
        add(why.initializer);
      }
    }
    if (ts.isFunctionDeclaration(node) && /Message$/.test(node.name?.text ?? '') && node.body) {
      const returns = (n: ts.Node): void => {
        if (ts.isReturnStatement(n) && n.expression) add(n.expression);
        else if (!ts.isFunctionLike(n)) ts.forEachChild(n, returns);
      };
      ts.forEachChild(node.body, returns);
    }
    if (ts.isVariableDeclaration(node) && node.initializer) {
      const name = node.name.getText();
      if (name === 'message' || /why$/i.test(name)) add(node.initializer);
      if (/Messages$/.test(name) && ts.isObjectLiteralExpression(node.initializer))
        for (const p of node.initializer.properties) if (ts.isPropertyAssignment(p)) add(p.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every message literal of core and server, minus the files that are not hers. */
function allMessages(): FoundMessage[] {
  return ['packages/core/src', 'packages/server/src']
    .flatMap((dir) => sourceFiles(join(repo, dir)))
    .map((path) => relative(repo, path).split('\\').join('/'))
    .filter((file) => !notHers.some((re) => re.test(file)))
    .flatMap((file) => messagesIn(file, readFileSync(join(repo, file), 'utf8')));
}

/** The found messages a catalogue has no key of the same shape for, as `file:line  text`. */
function untranslated(found: FoundMessage[], catalogue: MessageCatalogue): string[] {
  const shapes = new Set(Object.keys(catalogue).map(shapeOf));
  return found.filter((m) => !shapes.has(m.shape)).map((m) => `${m.file}:${m.line}  ${m.shape}`);
}

describe('finding message literals', () => {
  const planted = [
    "throw new DomainError('not_found', 'A planted message nobody translated.');",
    'const s = z.string().min(2, `Use at least ${n} planted characters.`).max(9, "Planted max.");',
    "z.int({ error: (i) => (i.input === undefined ? 'Planted missing.' : 'Planted wrong.') });",
    "ctx.addIssue({ code: 'custom', path: ['x'], message: 'Planted issue.' });",
    "const faultMessages = { down: 'Planted fault.' };",
    'const message = `Planted ${what} message.`;',
    "class X extends DomainError { constructor() { super('conflict', 'Planted super.'); } }",
    "class Y extends Error { constructor() { super('not hers'); } }",
    "function waitMessage(n) { if (n === 1) return 'Planted one.'; return `Planted ${n}.`; }",
    "throw new DomainError('payload_too_large', `Planted ${n} times, ` + 'over two lines.');",
    "log.info({ msg: 'not a message position' }, 'nor this');",
  ].join('\n');
  /** The import texts of a preview or result (a 200 answer), one kind a line. */
  const plantedImports = [
    'days.leaveOut(`Planted "${name}"`, \'Planted reason.\');',
    'days.error(line, given ? `"${given}" is a planted row.` : \'Planted empty row.\');',
    'return { message: `Planted ${cell} cell.` };',
    "const leftOut = { cervix: { what: 'Planted what.', why: 'Planted why.' } };",
    "const DOSES_WHY = 'Planted constant reason.';",
    "throw notThisExport('Planted app', 'a planted expectation');",
    'error(line, `Planted ${n} bare row.`);',
    "log.error({ err }, 'not hers'); console.error('nor this'); const x = { what: 'no why here' };",
  ].join('\n');

  it('finds every kind of message position, and only those', () => {
    expect(
      messagesIn('fixture.ts', planted)
        .map((m) => m.shape)
        .sort(),
    ).toEqual(
      [
        'A planted message nobody translated.',
        'Use at least {} planted characters.',
        'Planted max.',
        'Planted missing.',
        'Planted wrong.',
        'Planted issue.',
        'Planted fault.',
        'Planted {} message.',
        'Planted super.',
        'Planted one.',
        'Planted {}.',
        'Planted {} times, over two lines.',
      ].sort(),
    );
  });

  it('finds every kind of import text, and only those', () => {
    expect(
      messagesIn('fixture.ts', plantedImports)
        .map((m) => m.shape)
        .sort(),
    ).toEqual(
      [
        'Planted "{}"',
        'Planted reason.',
        '"{}" is a planted row.',
        'Planted empty row.',
        'Planted {} cell.',
        'Planted what.',
        'Planted why.',
        'Planted constant reason.',
        'a planted expectation',
        'Planted {} bare row.',
      ].sort(),
    );
  });

  it('names a planted literal the catalogues lack', () => {
    const missing = untranslated(messagesIn('fixture.ts', planted), errorMessages.de);
    expect(missing).toContain('fixture.ts:1  A planted message nobody translated.');
    const imports = untranslated(messagesIn('imports.ts', plantedImports), errorMessages.de);
    expect(imports).toContain('imports.ts:1  Planted reason.');
    expect(imports).toContain('imports.ts:2  "{}" is a planted row.');
    expect(imports).toContain('imports.ts:3  Planted {} cell.');
    expect(imports).toContain('imports.ts:4  Planted what.');
  });

  it('finds the messages of the real source', () => {
    const shapes = allMessages().map((m) => m.shape);
    expect(shapes).toContain('Some values are not valid.');
    expect(shapes).toContain('{} must be {} or less.');
    expect(shapes).toContain('Spinekind keeps no medicines or doses from other apps');
    expect(shapes).toContain('The observation has no effective date.');
    expect(shapes).toContain('Temperature entries');
    expect(shapes.length).toBeGreaterThan(250);
  });
});

describe('every message of core and server is translated', () => {
  const found = allMessages();
  it.each(['de', 'es'] as const)('%s', (locale) => {
    expect(untranslated(found, errorMessages[locale])).toEqual([]);
  });
});
