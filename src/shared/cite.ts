import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Source} from '../content/types.js';

/**
 * How every widget cites its sources: one source is its citation (a link when it has an address, opened
 * in a new tab so the reader keeps their place, which screen readers are told) and, where asked, the
 * article's title. Given the sources themselves: looking them up by id (citations.ts) needs every source,
 * and the shoe list, which cites two articles, does not download the studies.
 */
export function cite(s: Source, withTitle: boolean): TemplateResult {
  // The colon is a message: French puts a no-break space before it. (A message with markup would make the
  // locale modules import lit.)
  const text = html`${s.citation}${withTitle && s.title ? html`${msg(': ', {desc: 'Between a source and its title: "A coach’s guide: 6 Common Causes…"'})}<cite lang="en">${s.title}</cite>` : nothing}`;
  return s.url
    ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${text}<span class="sr-only">&nbsp;${msg('(opens in a new tab)')}</span></a>`
    : text;
}

export interface InlineOptions {
  readonly label?: boolean;
  readonly titles?: boolean;
  readonly brackets?: boolean;
}

/** Sources after a sentence: "(A; B)", optionally with the "Sources:" label and titles. */
export function citeInline(list: readonly Source[], {label = false, titles = false, brackets = true}: InlineOptions = {}): TemplateResult {
  const items = list.map((s, i) => html`${i ? '; ' : ''}${cite(s, titles)}`);
  const body = html`${label ? `${msg('Sources:')} ` : nothing}${items}`;
  return brackets ? html`<span class="sources">(${body})</span>` : body;
}
