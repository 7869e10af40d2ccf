/**
 * Two projects that split the suite: `quick` (everything in-process, for the edit loop: `npm run test:quick`) and
 * `slow` (fuzz and property tests, the browser and LibreOffice tests, and the tests that start setara or another
 * program as a child process). `npm test` / `vitest run` runs both.
 *
 * Timeouts hold on a busy 2-vCPU machine: an in-process migrate of the sample regency takes a second when the machine
 * is idle and several times that while another CPU-bound process runs, so no test or hook relies on vitest's 5 s and
 * 10 s defaults. Tests that start child processes set their own, longer ones.
 */
import { defineConfig } from 'vitest/config';

const SLOW = [
  'test/hostile/fuzz-*.test.ts',
  'test/property/**/*.test.ts',
  'test/report/html-browser.test.ts',
  'test/report/draft/soffice.test.ts',
  'test/ci/ci-files.test.ts',
  'test/cli/cli.test.ts',
  'test/cli/diff.test.ts',
  'test/cli/inputs.test.ts',
  'test/cli/interrupt.test.ts',
  'test/cli/lock.test.ts',
  'test/cli/output-paths.test.ts',
  'test/io/input-file.test.ts',
  'test/io/shipped-cache.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'quick', include: ['test/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
