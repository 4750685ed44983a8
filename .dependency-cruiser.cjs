/**
 * The layer rule (docs/ARCHITECTURE.md, DESIGN.md §3), checked on every import of every file in
 * src/ by `npm run lint:layers` (part of `npm run lint`, so CI runs it). Each rule names what a
 * layer may NOT reach; a violation prints the file and the import.
 */
const SRC = '^src/';
const layer = (name) => `^src/${name}(?:/|\\.ts$)`;
const ourOwn = (...allowed) => `^src/(?!(?:${allowed.join('|')})(?:/|\\.tsx?$))`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other (directly or through others) cannot be understood or tested alone.',
      from: { path: SRC },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ holds types and pure rules: it imports nothing of ours but itself.',
      from: { path: layer('domain') },
      to: { path: ourOwn('domain') },
    },
    {
      name: 'domain-no-io',
      severity: 'error',
      comment: 'domain/ does no I/O: no Node built-ins for files, network or processes, no database.',
      from: { path: layer('domain') },
      to: {
        dependencyTypes: ['core', 'npm'],
        path: '^(?:node:)?(?:fs|net|http|https|child_process|drizzle-orm|pg|@electric-sql)',
      },
    },
    {
      name: 'importer-layer',
      severity: 'error',
      comment:
        'importer/ turns published documents into domain values: it may use domain, errors and log, not db, render, use-cases, web or cli.',
      from: { path: layer('importer') },
      to: { path: ourOwn('domain', 'importer', 'errors', 'log', 'config') },
    },
    {
      name: 'formats-read-lines-only',
      severity: 'error',
      comment:
        'Layout readers read lines; they never extract text themselves (importer/extract) nor fetch (importer/harvest).',
      from: { path: '^src/importer/formats/' },
      to: { path: '^src/importer/(?:extract|harvest)/' },
    },
    {
      name: 'formats-no-libraries',
      severity: 'error',
      comment: 'Layout readers are pure: the PDF, DOCX and HTML libraries belong to importer/extract.',
      from: { path: '^src/importer/formats/' },
      to: { dependencyTypes: ['npm', 'core'], pathNot: '^(?:node:)?(?:crypto)$' },
    },
    {
      name: 'db-layer',
      severity: 'error',
      comment: 'db/ may use domain and errors only.',
      from: { path: layer('db') },
      to: { path: ourOwn('domain', 'db', 'errors', 'log') },
    },
    {
      name: 'render-layer',
      severity: 'error',
      comment: 'render/ turns presenter data into HTML, text, PDF, ICS and Atom: it may use domain only, never db.',
      from: { path: layer('render') },
      to: { path: ourOwn('domain', 'render') },
    },
    {
      name: 'use-cases-layer',
      severity: 'error',
      comment: 'use-cases/ may use domain, importer, db (stores and queries), errors and log.',
      from: { path: layer('use-cases') },
      to: { path: ourOwn('domain', 'importer', 'db', 'use-cases', 'errors', 'log', 'config') },
    },
    {
      name: 'use-cases-no-sql',
      severity: 'error',
      comment:
        'use-cases/ load and save through db/stores (and read through db/queries): no SQL of their own, so never db/schema, db/migrations or drizzle-orm.',
      from: { path: '^src/use-cases/' },
      to: { path: ['^src/db/schema/', '^src/db/migrations/', '(?:^|/)node_modules/drizzle-orm/', '^drizzle-orm'] },
    },
    {
      name: 'web-and-cli-no-schema',
      severity: 'error',
      comment:
        'web/ and cli/ reach the database only through stores, queries and use cases: never db/schema, db/migrations or drizzle-orm.',
      from: { path: '^src/(?:web|cli)/' },
      to: { path: ['^src/db/schema/', '^src/db/migrations/', '(?:^|/)node_modules/drizzle-orm/', '^drizzle-orm'] },
    },
    {
      name: 'web-layer',
      severity: 'error',
      comment: 'web/ may not import cli/.',
      from: { path: layer('web') },
      to: { path: layer('cli') },
    },
    {
      name: 'shared-modules',
      severity: 'error',
      comment: 'errors.ts imports nothing of ours; config.ts only errors.ts; log.ts only config.ts.',
      from: { path: '^src/(?:errors|config|log)\\.ts$' },
      to: { path: ourOwn('errors', 'config') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: { path: ['^src/', 'node_modules/drizzle-orm'] },
    exclude: { path: '^src/db/migrations/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
