import tseslint from 'typescript-eslint';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.next/**', 'out/**', 'out-*/**', '.scratch/**', 'lib/generated/**', 'node_modules/**', 'public/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'tests/e2e/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // links between the site's pages go through SiteLink (no prefetching while a page starts)
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use SiteLink from @/components/layout/SiteLink (links that do not prefetch).' }] }],
    },
  },
  { files: ['components/layout/SiteLink.tsx'], rules: { 'no-restricted-imports': 'off' } },
  // the start-up rule: code that runs while a page starts in the browser never touches Intl or the collator (their
  // first use loads locale data on the main thread); lib/util/compare.ts and lib/data/stats.ts do the same without it.
  // Build-time and server-only files are left out below.
  {
    files: ['components/**/*.{ts,tsx}', 'lib/**/*.ts'],
    ignores: ['lib/network/layout.ts', 'lib/network/storyline.ts', 'lib/network/computed.ts', 'lib/network/people.ts', 'lib/reuse/**', 'lib/data/data.ts', 'lib/data/validate.ts', 'lib/data/seeds.ts', 'lib/data/docs.ts', 'lib/site/headers.ts'],
    rules: {
      'no-restricted-properties': ['error', { property: 'localeCompare', message: 'Use byCode or byText from lib/util/compare.ts: the collator loads locale data while a page starts.' }],
      'no-restricted-globals': ['error', { name: 'Intl', message: 'Intl loads locale data while a page starts: format with lib/data/stats.ts (or say why this code runs after start-up).' }],
    },
  },
);
