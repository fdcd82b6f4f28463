// ESLint (flat config): Next.js's rules (React, hooks, accessibility, Core Web Vitals) and
// typescript-eslint's recommended rules, with Prettier owning the layout. The last block keeps
// lib/'s layers honest: each folder imports only from the layers below it (see docs/architecture.md).
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

/** Folders a layer must not import from, as both `@/` aliases and relative paths. */
function forbid(...folders) {
  const group = folders.flatMap((folder) => {
    const sibling = folder.startsWith('lib/') ? [`../${folder.slice(4)}`, `../${folder.slice(4)}/*`] : []
    return [`@/${folder}`, `@/${folder}/*`, `**/${folder}`, `**/${folder}/*`, ...sibling]
  })
  return {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group, message: 'Imports point down a layer, never up (docs/architecture.md).' }] },
    ],
  }
}

const upper = ['pipeline', 'tools', 'scripts', 'components', 'app']

const config = [
  {
    ignores: [
      '.next/**',
      'out/**',
      '.out-staging*/**',
      '.e2e/**',
      '.contentlayer/**',
      '.cache/**',
      '.bench/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...nextVitals,
  ...nextTypeScript,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // A static export has no image optimiser: pictures are plain <img> with width and height.
      '@next/next/no-img-element': 'off',
    },
  },
  {
    files: ['lib/config.ts'],
    rules: forbid('lib/schema', 'lib/markdown', 'lib/content', 'lib/site', 'lib/search', ...upper),
  },
  {
    files: ['lib/i18n/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: forbid('lib/schema', 'lib/markdown', 'lib/content', 'lib/site', 'lib/search', ...upper),
  },
  {
    files: ['lib/schema/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: forbid('lib/markdown', 'lib/content', 'lib/site', 'lib/search', ...upper),
  },
  {
    files: ['lib/markdown/**/*.{ts,mjs}'],
    ignores: ['**/*.test.ts'],
    rules: forbid('lib/content', 'lib/site', 'lib/search', ...upper),
  },
  { files: ['lib/content/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid('lib/site', 'lib/search', ...upper) },
  { files: ['lib/site/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid('lib/search', ...upper) },
  { files: ['lib/search/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid(...upper) },
  { files: ['pipeline/**/*.ts'], ignores: ['**/*.test.ts'], rules: forbid('tools', 'scripts', 'components', 'app') },
  { files: ['components/**/*.{ts,tsx}'], rules: forbid('pipeline', 'tools', 'scripts', 'app') },
  { files: ['app/**/*.{ts,tsx}'], rules: forbid('pipeline', 'tools', 'scripts') },
]

export default config
