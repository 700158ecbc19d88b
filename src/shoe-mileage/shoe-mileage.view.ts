/**
 * Stateless pieces of the `<shoe-mileage>` template: status labels and icons, the meter, form fields
 * with their inline errors, and the messages for each error id. Every string is read at render time.
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber} from '../shared/format.js';
import {described} from '../shared/described.js';
import {LONG, formatDistance, fromKm, otherUnitText, toKm, type Unit} from '../shared/units.js';
import {MAX_MONTHS, MAX_SHOES, maxIn, type FieldError, type ImportError, type ShoeStatus, type WearSign} from './shoes.js';

export function statusLabel(status: ShoeStatus): string {
  switch (status) {
    case 'fresh':
      return msg('Fresh');
    case 'mid-life':
      return msg('Mid-life');
    case 'replace-soon':
      return msg('Replace soon');
    default:
      return msg('Replace now');
  }
}

const icons: Record<ShoeStatus, TemplateResult> = {
  fresh: svg`<circle cx="8" cy="8" r="6.5" /><path d="M5 8.3l2 2 4-4.4" />`,
  'mid-life': svg`<circle cx="8" cy="8" r="6.5" /><path class="solid" d="M8 1.5a6.5 6.5 0 0 1 0 13z" />`,
  'replace-soon': svg`<path d="M8 1.6 15 14H1z" /><path d="M8 6v3.6M8 11.5v.2" />`,
  'replace-now': svg`<circle class="solid" cx="8" cy="8" r="7" /><path class="cut" d="M8 4v4.6M8 11.2v.2" />`,
};

/** A shape per status, so the status never relies on colour alone. */
export const statusIcon = (status: ShoeStatus): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${icons[status]}</svg>`;

export const noticeIcon = (): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="6.5" /><path d="M8 7.2v4.3M8 4.6v.2" />
  </svg>`;

/** A distance in the unit for an input's value: plain digits, the locale's decimal separator. */
export const inputValue = (km: number, unit: Unit): string =>
  formatNumber(fromKm(km, unit), {maximumFractionDigits: 2, useGrouping: false});

/**
 * How far a shoe is towards its limit: `role="meter"` named with the pair (each card has one, and a list of
 * the page's meters showed them all as one name), with readable value text, drawn as an SVG bar
 * whose width is an attribute (no inline styles), with the "replace soon" range shaded.
 */
export function renderMeter(name: string, km: number, warnKm: number, limitKm: number, unit: Unit, status: ShoeStatus): TemplateResult {
  const now = Math.round(Math.min(fromKm(km, unit), fromKm(limitKm, unit)) * 10) / 10;
  const max = Math.round(fromKm(limitKm, unit) * 10) / 10;
  const value = formatNumber(fromKm(km, unit), {maximumFractionDigits: 0});
  const limit = formatDistance(limitKm, unit, {unitDisplay: 'long', maximumFractionDigits: 0});
  const label = statusLabel(status);
  const pct = (x: number) => Math.max(0, Math.min(100, (x / limitKm) * 100));
  const filled = pct(km);
  const warn = pct(warnKm);
  return html`<div
    class="meter"
    part="meter"
    role="meter"
    aria-label=${msg(str`Distance towards replacement: ${name}`)}
    aria-valuemin="0"
    aria-valuemax=${max}
    aria-valuenow=${now}
    aria-valuetext=${msg(str`${value} of ${limit}. Status: ${label}`)}
  >
    <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" width="100" height="10" />
      <rect class="zone" x=${warn} width=${100 - warn} height="10" />
      ${filled > 0 ? svg`<rect class="bar" width=${filled} height="10" />` : nothing}
      <rect class="mark ${filled > warn ? 'over' : ''}" x=${Math.max(0, warn - 0.4)} width="0.8" height="10" />
    </svg>
  </div>`;
}

export function wearLabel(sign: WearSign): string {
  switch (sign) {
    case 'uneven-soles':
      return msg('The soles are worn down unevenly');
    case 'less-comfort':
      return msg('They feel less comfortable on runs');
    default:
      return msg('New aches or soreness after runs');
  }
}

/** The message for an error id in a field that takes `unit`, at most `maxKm`. */
export function errorText(error: FieldError, unit: Unit, maxKm: number): string {
  switch (error) {
    case 'distance-empty':
      return msg('Enter a distance.');
    case 'distance-nan': {
      const example = formatNumber(5.5);
      return msg(str`Enter a number, like ${example}.`);
    }
    case 'distance-grouped':
      return msg('Leave out the comma, like 1200.');
    case 'distance-unit':
      return otherUnitText(unit, 5.5);
    case 'distance-negative':
      // Training-load's words: one message, one translation.
      return msg("A distance can't be below 0.");
    case 'distance-zero':
      return msg('Enter a distance greater than zero.');
    case 'distance-too-large': {
      // In words, as errors are read out: "mi" is read as a word.
      const max = formatDistance(toKm(maxIn(maxKm, unit), unit), unit, {...LONG, maximumFractionDigits: 0});
      return msg(str`That is more than ${max}. Check the number.`);
    }
    case 'name-empty':
      return msg('Give the shoe a name.');
    case 'too-long':
      return msg('Use 80 characters or fewer.');
    case 'date-empty':
      return msg('Enter a date.');
    case 'date-invalid':
      return msg('Enter a real date.');
    case 'months': {
      const most = formatNumber(MAX_MONTHS);
      return msg(str`Enter how many months, up to ${most}, like 6.`);
    }
    case 'too-many-shoes': {
      const most = formatNumber(MAX_SHOES);
      return msg(str`This list keeps up to ${most} pairs. Delete one you no longer need first.`);
    }
    default:
      return msg('Pick today or an earlier date.');
  }
}

export function importErrorText(error: ImportError | 'too-large' | 'unreadable'): string {
  switch (error) {
    case 'not-json':
    case 'wrong-format':
      return msg('This file is not a shoe list exported from this widget. Nothing was changed.');
    case 'newer-version':
      return msg('This file comes from a newer version of this widget. Nothing was changed.');
    case 'too-large':
      return msg('This file is too large to be a shoe list. Nothing was changed.');
    case 'too-many': {
      const most = formatNumber(MAX_SHOES);
      return msg(str`With this file the list would have more than ${most} pairs, the most it keeps. Nothing was changed.`);
    }
    default:
      return msg('This file could not be read. Nothing was changed.');
  }
}

export interface FieldOptions {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value?: string;
  readonly hint?: string;
  /** The message of the field's current error, if any. */
  readonly error?: string;
  readonly type?: 'text' | 'date';
  /**
   * Whose field it is, hidden after the label ("Name: Pegasus"): a pair's forms repeat the add form's
   * labels, and a voice user's "click Name" met two fields on screen.
   */
  readonly context?: string;
  readonly required?: boolean;
  readonly max?: string;
  /** Distances: a decimal keypad on phones. */
  readonly decimal?: boolean;
  /** A count (months): a number keypad on phones. */
  readonly count?: boolean;
}

/**
 * A labelled input with its hint and inline error (aria-invalid, aria-describedby). No autocorrect or
 * spell check: a phone would "correct" a model's name (Hoka, Kinvara) as it is typed.
 */
export function field(o: FieldOptions): TemplateResult {
  const ids = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${o.id}>${o.label}${o.context ? html`<span class="sr-only">: ${o.context}</span>` : nothing}</label>
    <input
      id=${o.id}
      name=${o.name}
      type=${o.type ?? 'text'}
      value=${o.value ?? ''}
      max=${o.max ?? nothing}
      maxlength=${o.type === 'date' || o.decimal ? nothing : 80}
      inputmode=${o.decimal ? 'decimal' : o.count ? 'numeric' : nothing}
      autocomplete="off"
      autocorrect="off"
      spellcheck="false"
      ?required=${o.required}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${described(o.id, ids)}
    />
    ${o.hint || o.error
      ? html`<div class="below">
          ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
          ${o.error ? html`<p class="error" part="error" id="${o.id}-error">${noticeIcon()}<span>${o.error}</span></p>` : nothing}
        </div>`
      : nothing}
  </div>`;
}
