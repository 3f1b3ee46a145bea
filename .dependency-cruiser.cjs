// The boundaries of the code, checked by `npm run lint:imports` (part of `npm test`). ARCHITECTURE.md
// ("Boundaries") says why each one exists. A rule here is a promise to a newcomer: follow a feature from its
// routes to its store to its table without meeting another feature's insides on the way.

/** Features of the server: every folder of packages/server/src except the cross-cutting ones. */
const server = '^packages/server/src/';
const crossCutting = '(db|http|auth|crud|versions|work|test|mail)';
/** Test files may reach for fixtures, the file system and the whole app. */
const tests = ['\\.test\\.tsx?$', '/test/', '\\.test-support\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'core is the domain: shapes, rules and their words. It imports no other package of ours and, of npm, only zod, the date library, the password checker and i18next (its message catalogues: plurals and interpolation).',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: tests },
      to: {
        dependencyTypesNot: ['local', 'type-only'],
        pathNot: ['^packages/core/src', 'node_modules/(zod|date-fns|@date-fns/tz|@zxcvbn-ts/[^/]+|i18next)/'],
      },
    },
    {
      name: 'core-imports-no-app',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: { path: '^packages/(server|web)/' },
    },
    {
      name: 'web-and-server-apart',
      comment: 'The web app and the server share only core (the contract).',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'server-and-web-apart',
      severity: 'error',
      from: { path: '^packages/server/' },
      to: { path: '^packages/web/' },
    },
    {
      name: 'routes-only-from-the-app',
      comment:
        "A feature's routes are a Fastify plugin that only app.ts (or the feature's own plugin) registers. Other features, and their tests, use its store.ts.",
      severity: 'error',
      from: { path: `${server}([^/]+)/` },
      to: {
        path: `${server}[^/]+/[^/]*routes\\.ts$`,
        pathNot: [`${server}$1/`, `${server}crud/`, `${server}auth/public-routes\\.ts$`],
      },
    },
    {
      name: 'tables-through-their-store',
      comment:
        "A feature's table.ts is its own: other features read and write it through that feature's store.ts (a date range, a first day, a staged import target: each is a store function).",
      severity: 'error',
      from: { path: `${server}([^/]+)/`, pathNot: tests },
      to: { path: `${server}[^/]+/table\\.ts$`, pathNot: [`${server}$1/`] },
    },
    {
      name: 'db-does-not-reach-up',
      comment: 'db/ is the floor: client, scope, column helpers, faults. Nothing in it imports a feature.',
      severity: 'error',
      from: { path: `${server}db/`, pathNot: tests },
      to: { path: server, pathNot: [`${server}db/`, `${server}(http|work)/`] },
    },
    {
      name: 'cross-cutting-does-not-reach-into-features',
      comment:
        'http/, auth/, crud/, versions/, work/ serve every feature and depend on none (work/ runs the costly work features hand it).',
      severity: 'error',
      from: { path: `${server}(http|crud|versions)/` },
      to: { path: server, pathNot: [`${server}${crossCutting}/`, `${server}[a-z-]+\\.ts$`] },
    },
    {
      name: 'test-code-stays-out-of-the-build',
      comment: 'Fixtures and test helpers are for tests; production code never imports them.',
      severity: 'error',
      from: { path: '^packages/(server|web|core)/src', pathNot: tests },
      to: { path: ['/test/', '\\.test\\.tsx?$', '\\.test-support\\.ts$', '/fixtures'] },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make start-up order and reasoning fragile.',
      severity: 'error',
      from: { path: '^packages/' },
      // A cycle only through type imports (a lazily loaded translation naming its parent's type) is erased at build.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '\\.d\\.ts$'] },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
