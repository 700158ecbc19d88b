/**
 * Lists that the map and the tips show: bulleted texts, and sources one per line. A module of their own
 * so that vite.widgets.config.ts can keep them out of the shared runtime, in the `lists` chunk that only
 * those two load (in the `advice` chunk the pain check and training-load carried them unused; in the
 * `conditions` chunk the tips page would download 1.5 KB more).
 */
import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {SourceId} from '../content/types.js';
import {source} from './citations.js';

/**
 * A bulleted (or, with `ordered`, numbered) list of plain texts. Its `bullets` class keeps the markers
 * beside their left-to-right lines on right-to-left pages (see styles.ts).
 */
export function bulletList(items: readonly string[], ordered = false): TemplateResult {
  const lis = items.map((i) => html`<li>${i}</li>`);
  return ordered ? html`<ol class="bullets">${lis}</ol>` : html`<ul class="bullets">${lis}</ul>`;
}

/** "Sources:" and a list, one source per line, with titles. */
export function renderSourceList(ids: readonly SourceId[]): TemplateResult {
  return html`<div class="sources">
    ${msg('Sources:')}
    <ul class="bullets">
      ${ids.map((id) => html`<li>${source(id, true)}</li>`)}
    </ul>
  </div>`;
}
