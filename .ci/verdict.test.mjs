// The rules .ci/verdict reads a failed test run's log by (node --test .ci/, a step of .ci/run). Each log
// below is cut down from what the runner prints; a rule that reran a failed test would let it land.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'verdict-'));
function verdict(log) {
  const file = join(dir, 'log');
  writeFileSync(file, log);
  return execFileSync('bash', [new URL('verdict', import.meta.url).pathname, file], {encoding: 'utf8'}).trim();
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
