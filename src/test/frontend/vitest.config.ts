import { defineConfig } from 'vitest/config';

// The modules under test live in frontend/src at the repository root, outside this folder.
const repoRoot = new URL('../../..', import.meta.url).pathname;

export default defineConfig({
  server: { fs: { allow: [repoRoot] } },
  test: {
    environment: 'node',
    include: ['*.test.ts'],
  },
});
