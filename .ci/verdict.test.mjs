// The rules .ci/verdict reads a failed test run's log by (node --test .ci/, a step of .ci/run). Each log
// below is cut down from what the runner prints; a rule that reran a failed test would let it land.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'verdict-'));
function verdict(log, env = {}) {
  const file = join(dir, 'log');
  writeFileSync(file, log);
  return execFileSync('bash', [new URL('verdict', import.meta.url).pathname, file], {encoding: 'utf8', env: {...process.env, ...env}}).trim();
}

const progress = (done, failed = 0) =>
  ['Chrome:     ', 'Firefox:    ', 'MiniBrowser:']
    .map((engine) => `${engine} |██████      | ${done}/50 test files | ${done * 40} passed, ${failed} failed\n`)
    .join('');
const driver = ' ❌ Error: WebDriverError: Request timed out after the element was still found (UND_ERR_HEADERS_TIMEOUT) (failed on MiniBrowser)\n';

test('WebKit once more: its driver stopped answering, and every test passed', () => {
  assert.equal(verdict(`${progress(50)}test/locale.test.ts:\n\n${driver}\ntests: 4965 passed, 0 failed, 123 skipped\n`), 'webkit');
});

test('fail: the driver stopped answering, and a test failed too', () => {
  assert.equal(verdict(`${progress(50, 1)}${driver} ❌ knee-map > names every spot\n      AssertionError: expected 'a' to equal 'b'\ntests: 4964 passed, 1 failed, 123 skipped\n`), 'fail');
});

test('fail: the driver stopped answering, and another file failed to load (no test counted as failed)', () => {
  const load = ' ❌ Could not import your test module. Check the browser logs or open the browser. (failed on Firefox)\n';
  assert.equal(verdict(`${progress(50)}${driver}${load}tests: 4900 passed, 0 failed, 123 skipped\n`), 'fail');
});

test('fail: the driver stopped answering, and the run ended without its summary', () => {
  assert.equal(verdict(`${progress(30)}${driver}`), 'fail');
});

test('once more: the run stopped partway with no failed test, no summary and no error (stop 51)', () => {
  assert.equal(verdict(`${progress(0)}${progress(20)}`), 'again');
});

test('once more: the same stop, now that the config says how (an uncaught exception in the runner, stop 57)', () => {
  const said = "\nan uncaught exception stops the run: Error: boom\n    at x (y.js:1:1)\n\nprocess.exit(1) before the run's summary, from:\nError\n\nthe test runner exits with 1 before the run's summary\n";
  assert.equal(verdict(`${progress(0)}${progress(20)}${said}`), 'again');
});

test('fail: the run stopped partway just after our reporter named a failed file', () => {
  assert.equal(verdict(`${progress(20)}\nfailed: test/knee-map.test.ts (Chrome)\n`), 'fail');
});

test('fail: the run stopped partway with a failed test counted in a progress line', () => {
  assert.equal(verdict(`${progress(20)}${progress(21, 2)}`), 'fail');
});

test('fail: the runner threw', () => {
  assert.equal(verdict(`${progress(20)}Uncaught exception: Error: listen EADDRINUSE\n`), 'fail');
});

test('fail: a failed test, with the summary', () => {
  assert.equal(verdict(`${progress(50, 1)} ❌ shoe-mileage > keeps a bad file aside\ntests: 4964 passed, 1 failed, 123 skipped\n`), 'fail');
});

test('fail: the run never started (the build failed before any progress)', () => {
  assert.equal(verdict('> vite build\nerror during build:\n[vite]: Rollup failed to resolve import "lit"\n'), 'fail');
});

// Edges a review found no test for: each of these, with the clause that decides it removed, gave a rerun.
test('fail: the driver stopped answering, and the summary counts a failed test no ❌ names', () => {
  // A file that failed to load is counted as failed with no test of its own to show.
  assert.equal(verdict(`${progress(50)}${driver}tests: 4964 passed, 1 failed, 123 skipped\n`), 'fail');
});

test('fail: the driver stopped answering on MiniBrowser, and another engine’s driver too', () => {
  const firefox = ' ❌ Error: WebDriverError: Request timed out (UND_ERR_HEADERS_TIMEOUT) (failed on Firefox)\n';
  assert.equal(verdict(`${progress(50)}${driver}${firefox}tests: 4965 passed, 0 failed, 123 skipped\n`), 'fail');
});

test('fail: every engine ran to its summary with no test failed, and the command still failed', () => {
  // Not a run cut short: whatever failed after the summary is not the machine's stop 51.
  assert.equal(verdict(`${progress(50)}tests: 4965 passed, 0 failed, 123 skipped\nnpm ERR! code 1\n`), 'fail');
});

test('WebKit once more, whatever bytes a browser logged, in the driver’s line too, in a UTF-8 locale', () => {
  // grep's "." matches no byte that is not UTF-8 there, and the driver's line was then not found.
  const log = Buffer.concat([
    Buffer.from(`${progress(50)}console: `),
    Buffer.from([0, 0xfe, 10]),
    Buffer.from(' ❌ Error: WebDriverError: Request '),
    Buffer.from([0xff]),
    Buffer.from(' timed out (UND_ERR_HEADERS_TIMEOUT) (failed on MiniBrowser)\ntests: 4965 passed, 0 failed, 123 skipped\n'),
  ]);
  assert.equal(verdict(log, {LC_ALL: 'C.UTF-8'}), 'webkit');
});
