import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {sayAgain} from './live.js';

/** How long an announcement stays in its live region: ample time to be spoken, then it goes. */
export const HEARD_MS = 7000;

/**
 * The words for a widget's hidden live region (`role="status"`). What it says stays only `HEARD_MS`:
 * left there, a screen reader reading down the widget later meets it again as plain text ("8 tips"
 * straight after the visible "8 tips"). The same words twice in a row are said again (`sayAgain`).
 */
export class Announcer implements ReactiveController {
  #text = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What the live region holds now. */
  get text(): string {
    return this.#text;
  }

  /** Says `next` ('' clears it at once). */
  say(next: string): void {
    clearTimeout(this.#timer);
    this.#text = sayAgain(next, this.#text);
    if (next) this.#timer = setTimeout(() => this.say(''), HEARD_MS);
    this.host.requestUpdate();
  }

  /** Taken off the page: said or not, it is old news if the widget comes back (an app moving it). */
  hostDisconnected(): void {
    clearTimeout(this.#timer);
    if (!this.#text) return;
    this.#text = '';
    this.host.requestUpdate();
  }
}
