import {expect} from '@open-wc/testing';
import {answerPainCheck, mounted, settled} from './widgets.js';

/**
 * A clinic page left open in a phone's tab all day, or a blog with all five widgets: once the reader stops,
 * the widgets must stop too. No interval, no frame loop, no timer that sets itself again (a poll, such as
 * a day watcher checking the clock): the day watcher waits for the page to show again or focus to come
 * back. Measured with scripts in headless Chromium, 90 s idle with all five in use: no timer, frame or
 * observer callback and no storage access. Here the widgets' own timers and frames (scheduled from src/)
 * are caught, and run at once instead of waiting, round after round: any left after a few rounds keep
 * coming back, and would run all day. The library is imported after the wrappers, as in lifecycle.test.ts.
 */

type Scheduled = {run: () => void; cancel: () => void; from: string};
const pending = new Map<string, Scheduled>();
const intervals: string[] = [];
let caught = 0;
const ours = (): string => new Error().stack?.split('\n').find((line) => line.includes('/src/')) ?? '';

const real = {
  setTimeout: setTimeout.bind(window),
  clearTimeout: clearTimeout.bind(window),
  setInterval: setInterval.bind(window),
  requestAnimationFrame: requestAnimationFrame.bind(window),
  cancelAnimationFrame: cancelAnimationFrame.bind(window),
};
const originals = {setTimeout, clearTimeout, setInterval, requestAnimationFrame, cancelAnimationFrame};

function watch(): () => void {
  const track = (prefix: string, schedule: (run: () => void) => number, cancel: (id: number) => void, fn: () => void): number => {
    const from = ours();
    let key = '';
    const run = (): void => {
      pending.delete(key);
      fn();
    };
    const id = schedule(run);
    key = prefix + id;
    if (from) {
      caught++;
      pending.set(key, {run, cancel: () => cancel(id), from});
    }
    return id;
  };
  const w = window as unknown as Record<string, unknown>;
  w.setTimeout = (fn: TimerHandler, ms?: number, ...args: unknown[]) =>
    track('t', (run) => Number(real.setTimeout(run, ms)), (id) => real.clearTimeout(id), () => typeof fn === 'function' && fn(...args));
  w.clearTimeout = (id?: number) => {
    pending.delete(`t${id}`);
    real.clearTimeout(id);
  };
  w.requestAnimationFrame = (fn: FrameRequestCallback) =>
    track('f', (run) => real.requestAnimationFrame(run), (id) => real.cancelAnimationFrame(id), () => fn(performance.now()));
  w.cancelAnimationFrame = (id: number) => {
    pending.delete(`f${id}`);
    real.cancelAnimationFrame(id);
  };
  w.setInterval = (...args: Parameters<typeof setInterval>) => {
    const from = ours();
    if (from) intervals.push(from.trim());
    return real.setInterval(...args);
  };
  return () => Object.assign(window, originals);
}

/** Runs the widgets' waiting timers and frames now, round after round; returns what is still waiting after `rounds`. */
async function runWaiting(rounds: number): Promise<string[]> {
  for (let round = 0; round < rounds && pending.size; round++) {
    const now = [...pending.values()];
    pending.clear();
    for (const s of now) {
      s.cancel();
      s.run();
    }
    // Lit's updates, and what they start, come in microtasks.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }
  return [...pending.values()].map((s) => s.from.trim());
}

describe('a page left open', () => {
  let restore: () => void;
  before(() => (restore = watch()));
  after(() => restore());

  it('schedules nothing that keeps running once all five widgets are in use and left alone', async () => {
    await import('../src/index.js');
    const map = (await mounted('knee-map', {id: 'idle-map', 'cta-href': 'https://clinic.example/book'})) as HTMLElement & {region: string | null};
    const tips = await mounted('recovery-tips', {for: 'idle-map', timing: 'next-days'});
    const check = await mounted('knee-pain-check', {for: 'idle-map'});
    const load = await mounted('training-load', {storage: 'none', unit: 'km', weeks: '30,32,35,34,41'});
    const shoes = (await mounted('shoe-mileage', {storage: 'none', unit: 'km'})) as HTMLElement & {addShoe(init: {name: string; startKm?: number}): unknown};
    map.region = 'outer';
    shoes.addShoe({name: 'Daily', startKm: 600});
    shoes.addShoe({name: 'Race', startKm: 141});
    // The pain check mid-way: three questions answered.
    let asked = 0;
    await answerPainCheck(check, {}, (question) => {
      asked = question;
      if (question > 3) throw new Error('stop');
    }).catch((e: Error) => expect(e.message).to.equal('stop'));
    for (const el of [map, tips, check, load, shoes]) await settled(el);
    expect(asked, 'the pain check got to its fourth question').to.equal(4);
    // A reader comes back to the tab, and focus into a widget: the day watcher looks at the clock then.
    document.dispatchEvent(new Event('visibilitychange'));
    load.shadowRoot!.querySelector('input')!.focus();
    (document.activeElement as HTMLElement | null)?.blur();

    expect(caught, "the widgets' own timers and frames are seen").to.be.above(0);
    expect(await runWaiting(8), 'timers or frames that set themselves again').to.deep.equal([]);
    expect(intervals, 'intervals').to.deep.equal([]);
    for (const el of [map, tips, check, load, shoes]) el.remove();
  });
});
