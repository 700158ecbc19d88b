import {css, html, nothing, type ReactiveElement, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {StoreStatus} from './storage.js';
import {focusTargetIn} from './widget.js';

/**
 * "Delete my data from this browser", for the widgets that save what a reader types (the shoe list,
 * training-load): what a reader on a shared or borrowed device needs, and what a widget's own Delete
 * buttons can't reach (copies of data that couldn't be read, what a deleted pair leaves so that an import
 * doesn't bring it back). One more question before it happens, as it can't be undone. The question takes
 * the button's place, so the second tap of a double tap lands on its words, not on "Delete everything";
 * focus goes to "Keep my data", so a second Enter keeps it.
 */
export interface Forget {
  /** Whether the question is showing. */
  readonly asked: boolean;
  /** Whether the widget holds anything of the reader's (a deleted pair's traces count). */
  readonly kept: boolean;
  /** The store's status: a copy set aside, or data kept from being saved over, is the reader's too. */
  readonly status: StoreStatus;
  /** The question: what goes. */
  readonly question: string;
  /** What gets focus when the question goes and the button is not there (nothing is kept any more). */
  readonly away: string;
  /** The reader pressed the button (true), or answered "Keep my data" or Escape (false). */
  ask(asked: boolean): void;
  /** The reader answered "Delete everything". */
  forget(): void;
}

/**
 * What the widgets that keep data say where they keep it in memory only (`storage="none"`: a demo, or a
 * shared device): nothing warns there, as nothing went wrong, but the reader should know.
 */
export const notSavedText = (): string => msg('Nothing you enter here is saved: it is gone when you leave this page.');

/**
 * The button when something of the reader's is kept in this browser: not in memory only (nothing is
 * kept), nor when the key holds another widget's data (none of it is theirs), unless copies set aside
 * under the key are there to delete (`copies`: of the page's own data, by earlier versions). The
 * question, once asked, until it is answered, even if another widget or tab deletes the data meanwhile:
 * focus is in it.
 */
export function renderForget(host: ReactiveElement, f: Forget): TemplateResult | typeof nothing {
  const kind = f.status.kind;
  // Copies set aside, of the reader's data or (by older versions) of the page's own under the same key.
  const aside = kind === 'recovered' || kind === 'blocked' || (kind === 'taken' && !!f.status.copies);
  const ask = async (asked: boolean) => {
    f.ask(asked);
    (await focusTargetIn(host, asked ? '.forget-keep' : '.forget-ask', f.away))?.focus();
  };
  if (!f.asked) {
    if (!(f.kept || aside) || !(aside || kind === 'ok' || kind === 'full')) return nothing;
    return html`<button type="button" class="small forget-ask" @click=${() => void ask(true)}>${msg('Delete my data from this browser')}</button>`;
  }
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void ask(false);
  };
  return html`<div class="forget" part="forget" role="group" aria-labelledby="forget-question" @keydown=${onKeydown}>
    <p id="forget-question">${`${f.question} ${msg("You can't undo this.")}`}</p>
    <div class="forget-buttons">
      <button type="button" class="small danger" @click=${f.forget}>${msg('Delete everything')}</button>
      <button type="button" class="small forget-keep" @click=${() => void ask(false)}>${msg('Keep my data')}</button>
    </div>
  </div>`;
}

export const forgetStyles = css`
  /* What a widget that keeps data says when it can't keep it (blocked, full, set aside): one look in both. */
  .notice {
    padding: 0.6em 0.75em;
    border: 1px solid var(--_warn);
    border-inline-start-width: 0.35em;
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_raised);
  }

  .forget {
    padding: var(--_inset);
    border: 2px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .forget p {
    margin: 0 0 0.5em;
  }

  .forget-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .forget .danger {
    color: var(--_danger);
    border-color: currentColor;
    font-weight: 700;
  }
`;
