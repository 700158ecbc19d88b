import {renderSourcesInline} from '../shared/citations.js';
import {html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg, str} from '@lit/localize';
import {AdviceElement, professionalBox} from '../shared/advice.js';
import {oneOrNone} from '../shared/optional.js';
import {cached, formatNumber} from '../shared/format.js';
import {getLocale} from '../shared/locale.js';
import {disclaimerText, letGo} from '../shared/widget.js';
import {briefsForRegion, commonConditionIds, conditionBriefs} from '../content/conditions.js';
import {isRegionId, regions} from '../content/regions.js';
import type {ConditionBrief} from '../content/types.js';
import {freshInjury, isRedFlagId, redFlagIds, redFlags, type RedFlagId} from '../content/red-flags.js';
import {
  SORENESS_MAX_PAIN,
  assess,
  firstOpen,
  freshInjuryIn,
  painScores,
  questionOf,
  questions,
  recoveryTips,
  regionAnswers,
  sameDaySignIn,
  signs,
  unanswered,
  type Answers,
  type Assessment,
  type Field,
  type OptionValue,
  type Outcome,
  type Question,
  type ReasonId,
  type RegionAnswer,
  type Sign,
} from './check.js';
import {optionText, outcomeLead, outcomeSteps, outcomeTitle, questionHint, questionTitle, reasonText} from './knee-pain-check.text.js';
import {KneePainCheckCompleteEvent} from './knee-pain-check.events.js';
import {kneePainCheckStyles} from './knee-pain-check.styles.js';
import {Announcer} from '../shared/announcer.js';
import {described, hold} from '../shared/described.js';
import {MapLink} from '../shared/map-link.js';
import {onSwitchKeydown, rovingIndex} from '../shared/roving.js';

type PainField = 'painDuring' | 'painAfter';

/** A tap on an answer this soon after a button's, and this close to it, ends a double tap (see `#onClick`). */
const SETTLE_MS = 500;
const SAME_SPOT_PX = 40;

/**
 * A short questionnaire that walks a runner through "should I run through this knee pain?": one question
 * per step, then one of three outcomes (see a professional within a few days, or today when an answer
 * needs a same-day check, or a sudden start in the last week comes with a knee that locks, gives way or
 * won't straighten; rest and adjust your training; this sounds like normal training soreness) with what
 * to do (and the page's booking link) first, then the answers that led to it, the common causes for the
 * painful spot (by name; "Explain each cause" unfolds a line about each, and paper shows them), matching
 * recovery tips and, last, every question with the reader's answer (to tell or
 * show a professional). It never names what is wrong. Each answer under "Because you said", and each question in
 * that last list, has a Change button (44 px tall, like every button; left off on paper) back to its
 * question, the others kept, and from there straight back to the result. Once an answer needs help today
 * whatever comes after (badly swollen, can't take weight, strong pain, a changed shape, signs of
 * infection), "See the result now" under Next shows it at once, with the answers so far; "Answer the
 * other questions" goes on to the rest. "Start again" can be taken back: question 1 then offers "Back to
 * your result", with every answer, until the reader goes on from it (not after `restart()`).
 *
 * Fully usable by keyboard: native radios and checkboxes (arrow keys, Space); Enter on an answer, or on Next, goes on.
 * Home and End choose the first and the last answer (0 and 10 on a pain scale), or go to the first and the
 * last box where more than one answer can be ticked, where a browser would scroll the page away. On a
 * pain scale a digit chooses its score ("7"; "1" then "0" within a second for 10).
 * Focus moves to each new question's heading, which says the step ("Question 2 of 9: …"; the visible count
 * above it is hidden from screen readers). After `restart()` by the page while focus is elsewhere on the
 * page, which it leaves there, a polite live region says it instead.
 *
 * Privacy: answers live only in this element's memory while the page is open. They are never stored
 * (no cookies, no localStorage) and never sent anywhere; the completion event carries only the outcome
 * and the reasons. Under "All your answers", "Share your answers" (where the device has a share sheet,
 * as phones do; "Copy your answers" elsewhere) gives the reader the result and every answer as dated
 * plain text, to send to themselves or a physiotherapist: their share sheet or clipboard takes it.
 *
 * The rules that pick the outcome are documented in `check.ts` and in the widget's "How this works" note.
 *
 * @tagname knee-pain-check
 * @summary Should you run, rest or see someone? A short check of your knee pain.
 *
 * @attr {'front'|'below-kneecap'|'inner'|'outer'|'back'|'all'} region - Preselects the answer to "Where is the pain?" (for a page that places the check next to a `<knee-map>`). Empty or removed: nothing preselected (an answer the reader picked stays).
 * @attr {string} for - The id of a `<knee-map>` in the same document (or the same shadow root) whose chosen spot is the answer to "Where is the pain?", live, while that question shows (it then overrides `region`; a spot chosen on the map again is the answer again, after the reader picked another here). Later questions and the result keep the reader's answer; Start again takes the map's spot of then. An id no element has yet warns once; a map given it later is still followed. Property `htmlFor`.
 * @attr {string} cta-href - Optional call-to-action link on the outcome (http, https, mailto or tel only).
 * @attr {string} cta-label - Text of the call-to-action, as given (not translated). Default "Book an assessment", translated; only spaces gives it too, with a warning.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme. `auto` follows the page's `color-scheme`, and takes the dark one where the browser darkens a light page itself, unless the page set `--kw-text`, `--kw-surface` or `--kw-accent`. Reflected once set: a widget without one adds none to its tag.
 * @attr {string} heading - Replaces the built-in title, as given: the page's words are not translated. Only spaces: the built-in title, with a warning.
 * @attr {number} heading-level - Level of the title in the page outline (1–6). Default 2. Headings inside the widget take the levels below it, down to 6 (at 5 or 6 they share level 6).
 *
 * @fires {KneePainCheckCompleteEvent} knee-pain-check-complete - The reader reached an outcome (each time the result shows: again after a changed answer, or Start again taken back). `detail: {outcome, reasons, sameDay}`: `outcome` is `see-professional`, `rest-adjust` or `soreness`; `sameDay` is true when a professional should see the reader today rather than soon; `reasons` are the warning signs found (`sudden-onset`, `gives-way`, `locks`, `cant-straighten`, `marked-swelling`, `recurring-swelling`, `back-swelling`, `no-weight`, `changed-shape`, `infection-signs`, `rest-or-night-pain`, `severe-pain`, `getting-worse`, `not-improving`, `long-unrested`, `lasting-with-signs`) or the answers that decided it (`no-red-flags`, `swelling`, `weight`, `pain-during`, `pain-after`, `duration`, `rest`).
 *
 * @csspart base - The widget's content. The card around it (border, corner radius, padding) is the element itself: style
 *   the tag to change or remove it. Its background is `--kw-surface`.
 * @csspart title - The widget's title.
 * @csspart progress - The progress bar (a `<progress>` element).
 * @csspart question - The question of the current step (a `<fieldset>`).
 * @csspart next - The Next button.
 * @csspart error - The inline error under a question left unanswered.
 * @csspart early - The "get help today" line with its "See the result now" button, shown under a question once an answer needs a same-day check.
 * @csspart back - The button that goes back a step.
 * @csspart outcome - The outcome panel.
 * @csspart headline - The outcome's headline, with its icon.
 * @csspart cta - The call-to-action link.
 * @csspart restart - The Start again button.
 * @csspart professional - The "when to see a professional" box (always visible).
 * @csspart answers - The result's list of every question and the reader's answer (a `<dl>`).
 * @csspart share - The "Share your answers" (or "Copy your answers") button under that list.
 * @csspart how - The "How this works" note.
 * @csspart disclaimer - The "general information, not medical advice" line, with the month its content last changed.
 *
 * @cssprop --knee-pain-check-padding - Padding inside the border. Default `1em`, less on a narrow phone (`min(1em, 5vw)`).
 * @cssprop --knee-pain-check-progress - Colour of the progress bar. Default `--kw-accent`.
 * @cssprop --knee-pain-check-see - Colour marking "See a professional within a few days" (or "today"). Default `--kw-danger`.
 * @cssprop --knee-pain-check-rest - Colour marking "Rest and adjust". Default `--kw-warn`.
 * @cssprop --knee-pain-check-soreness - Colour marking "This sounds like normal training soreness". Default `--kw-ok`.
 * @cssprop --kw-accent - Shared accent colour (buttons, links, chosen answers).
 * @cssprop --kw-link - Links and other small text in the accent colour. Default: the accent, mixed a little towards the text colour so it reads as text.
 * @cssprop --kw-on-accent - Text on the accent colour. Default: black or white, whichever reads on the accent.
 * @cssprop --kw-accent-soft - Soft accent background (chosen answers, the "see a professional" box).
 * @cssprop --kw-text - Text colour.
 * @cssprop --kw-muted - Secondary text colour.
 * @cssprop --kw-surface - Background colour.
 * @cssprop --kw-raised - Background of raised areas.
 * @cssprop --kw-border - Border colour.
 * @cssprop --kw-focus - Focus ring colour.
 * @cssprop --kw-danger - Colour of warnings and errors.
 * @cssprop --kw-warn - Colour of cautions.
 * @cssprop --kw-ok - Colour of reassurance.
 * @cssprop --kw-radius - Corner radius of the widget and its boxes.
 * @cssprop --kw-button-radius - Corner radius of buttons, switches, chips, the booking link and the progress bar. Default: round ends (`999px`).
 * @cssprop --kw-gap - Spacing: the widget's parts are three quarters of it apart. Default `1em`.
 * @cssprop --kw-font - Font family. Default: the page's.
 * @cssprop --kw-heading-font - Font family of the headings. Default: `--kw-font`.
 * @cssprop --kw-font-size - Base font size. Default: the browser's (`medium`).
 */
export class KneePainCheck extends AdviceElement {
  /** The hidden live region's words, cleared once heard. */
  readonly #said = new Announcer(this);
  static override styles = [...AdviceElement.styles, kneePainCheckStyles];

  static override properties: PropertyDeclarations = {
    region: {},
    htmlFor: {attribute: 'for'},
    step: {state: true},
    answers: {state: true},
    errors: {state: true},
    result: {state: true},
    copied: {state: true},
    explained: {state: true},
  };

  /** Preselected answer to the first question: a region id, `all`, or empty. */
  declare region: string | null;
  /** Id of the `<knee-map>` whose spot preselects the first answer (the `for` attribute). */
  declare htmlFor: string;
  /** Index of the current question. */
  declare private step: number;
  /** The answers so far. Memory only: never stored, never sent. */
  declare private answers: Answers;
  /** Fields that were left empty when the reader pressed Next. */
  declare private errors: ReadonlySet<Field>;
  /** The outcome, once the reader has answered every question. */
  declare private result: Assessment | null;
  /** What became of "Copy your answers", said under it in the language of now (after sharing, nothing: the share sheet says it). */
  declare private copied: 'done' | 'refused' | '';
  /** The result's causes show what each one is (folded to their names at first: see `#renderConditions`). */
  declare private explained: boolean;

  #preset: RegionAnswer | undefined;
  /** The `region` attribute, read. */
  #regionAttr: RegionAnswer | undefined;
  /** The followed map, whose spot is the preset; `#picked`: chosen there since the last update, even the same one. */
  readonly #map = new MapLink(this, () => this.htmlFor, 'the check follows', (picked) => {
    this.#picked ||= picked;
    this.requestUpdate();
  });
  #picked = false;
  /**
   * Counts the questions shown, for the radio groups' names. Chromium skips a radio group with Tab when a
   * checked radio of the same name, which had focus, was removed from the shadow root (Enter on a checked
   * answer shows the outcome; "Start again" brings the question back unchecked): the whole group then
   * can't be reached from the keyboard. A new name each time a question is shown leaves no such ghost:
   * `${field}-${n}` (no field's name starts with another's and a hyphen, so `[name^="rest-"]` finds one).
   */
  #shown = 0;
  /** On a question reached from the result's Change button (see `#changeAnswer`). */
  #changing = false;
  /**
   * The answers "Start again" cleared, which question 1 offers back ("Back to your result") until the
   * reader goes on from it: a tap meant for "Back to question 9" beside it cost nine answers.
   */
  #was?: Answers;
  /** Errors on this question that an answer has put right: their room is kept until the question changes. */
  #righted = new Set<Field>();
  /** Where and when a pointer last pressed one of the widget's buttons (see `#onClick`). */
  #tap = {x: 0, y: 0, t: -Infinity};
  /** The digit last typed on a pain scale, when, and on which (see `#onScoreKey`). */
  #digit: {key: string; t: number; on?: EventTarget | null} = {key: '', t: -Infinity};

  constructor() {
    super();
    this.region = null;
    this.htmlFor = '';
    this.step = 0;
    this.answers = {};
    this.errors = new Set();
    this.result = null;
    this.copied = '';
  }

  /**
   * Clears every answer (keeping a `region` preselection) and goes back to the first question. Focus moves
   * only if what had it in the widget is gone (a button of the result): to the first question, as "Start
   * again" does.
   */
  restart(): void {
    const had = this.shadowRoot?.activeElement;
    this.#restart(false);
    void this.updateComplete.then(() => {
      if (had && !had.isConnected) this.#arrive(true);
    });
  }

  /** "Start again": focus goes to the first question's heading, which says where the reader is. */
  #onRestart(): void {
    const was = this.answers;
    this.#restart(true);
    this.#was = was;
  }

  #restart(focus: boolean): void {
    this.#was = undefined;
    this.#changing = false;
    this.answers = this.#preset ? {region: this.#preset} : {};
    this.errors = new Set();
    this.result = null;
    this.#goTo(0, focus);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // "Copied" was said of the answers then; a new result starts with its causes folded.
    if ((changed as PropertyValues).has('result')) {
      this.copied = '';
      this.explained = false;
    }
    if (changed.has('region')) this.#regionAttr = this.#validRegion();
    if (changed.has('htmlFor') && this.isConnected) this.#map.follow();
    const before = this.#preset;
    const preset = this.#map.following ? (this.#map.region ?? undefined) : this.#regionAttr;
    if (changed.has('region') || preset !== before || this.#picked) {
      this.#picked = false;
      this.#preset = preset;
      // A preset taken away (the attribute removed, emptied or wrong) takes its answer with it while the
      // first question shows; once the reader has gone on with it, it is their answer. With a map to
      // follow, its spot is the answer only while the first question shows: a spot chosen on it later,
      // or the map gone, would change an answer given questions ago without a word (Start again takes it).
      if (!this.result && (!this.step || !this.#map.linked)) {
        const {region, ...rest} = this.answers;
        // As an answer here: a "Choose an answer" from before goes (the reader tapped the map after Next).
        if (this.#preset) this.#setAnswer('region', this.#preset);
        else if (before && region === before && !this.step) this.answers = rest;
      }
    }
  }

  #validRegion(): RegionAnswer | undefined {
    return oneOrNone(this, 'region', this.region, regionAnswers, 'nothing is preselected') ?? undefined;
  }

  // ---- navigation ----------------------------------------------------------------------------------

  /** Focuses `selector` once rendered; focus already there is moved off and back (see letGo()). */
  async #focusOn(selector: string): Promise<void> {
    const target = await this.focusTarget(selector);
    if (target && this.shadowRoot!.activeElement === target) letGo(this.shadowRoot);
    target?.focus();
  }

  /**
   * Shows question `step` and, after a reader's action, moves focus to its heading, which says where they
   * are ("Question 2 of 9: How did the pain start?"). A status said at the same moment as a focus move is
   * often cut off by screen readers, so the status says it only when focus stays (`restart()` by the page).
   */
  #goTo(step: number, focus = true): void {
    this.#righted.clear();
    this.step = step;
    this.#shown++;
    this.#arrive(focus);
  }

  /** Moves focus to the question's heading, or, with `focus` false, has the status say where the reader is. */
  #arrive(focus: boolean): void {
    this.#said.say(focus ? '' : this.#position(this.step));
    if (focus) void this.#focusOn('#step-title');
  }

  /**
   * The result's way back: "Back to question 9" (after a Change, the question changed is not the last);
   * after an early result, on to the questions not answered yet, for a professional to see.
   */
  #backToLast(): string {
    if (firstOpen(this.answers) >= 0) return msg('Answer the other questions');
    const n = formatNumber(questions.length);
    return msg(str`Back to question ${n}`);
  }

  /** "Question 2 of 9". */
  #position(step: number): string {
    const n = formatNumber(step + 1);
    const all = formatNumber(questions.length);
    return msg(str`Question ${n} of ${all}`);
  }

  #next(): void {
    const question = questions[this.step]!;
    const missing = unanswered(question, this.answers);
    if (missing.length) {
      // Focus on the first answer before the error is drawn, and its description held till focus leaves
      // it (see hold()): the status says the error, once. The error is above the answers, where the
      // browser's scroll to the first answer (Next far below it) left it out of sight.
      const first = this.renderRoot.querySelector<HTMLElement>(`input[name^="${missing[0]}-"]`)!;
      first.focus();
      hold(this, first);
      this.errors = new Set(missing);
      this.#said.say(msg('Choose an answer to go on.'));
      void this.updateComplete.then(() => this.renderRoot.querySelector(`#error-${missing[0]}`)?.scrollIntoView({block: 'nearest'}));
      return;
    }
    this.errors = new Set();
    this.#was = undefined;
    if (this.step < questions.length - 1 && !this.#changing) this.#goTo(this.step + 1);
    else this.#finish();
  }

  /**
   * A tap on an answer at the spot where a button (Next, Previous, Change) was tapped just before is the
   * second tap of a double tap, or a tremor's, and is let go: the button had put a new question, or
   * the first answer, under the finger, and the tap picked an answer not yet read, perhaps a same-day
   * warning sign. Only a pointer's clicks (`detail` > 0), at the same spot: a screen reader's click (on
   * iOS a pointer's too) lands in the middle of what it activates, not where a button was half a second
   * before.
   */
  #onClick(event: MouseEvent): void {
    if (!event.detail) return;
    const {clientX: x, clientY: y, timeStamp: t} = event;
    const target = event.target as Element;
    const last = this.#tap;
    if (target.closest('button')) this.#tap = {x, y, t};
    else if (target.closest('label') && t - last.t < SETTLE_MS && Math.hypot(x - last.x, y - last.y) < SAME_SPOT_PX) event.preventDefault();
  }

  /**
   * The tap filter listens on the shadow root, not on an element: Firefox and Chromium give everything
   * inside an element with a click listener a "click ancestor" action, and Orca said "clickable" after
   * each heading (which takes focus) and question.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', (event) => this.#onClick(event as MouseEvent));
    return root;
  }

  /** Enter on an answer goes on, as it would submit a form: one key per question, not Tab, Tab, Enter. */
  #onAnswerKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || this.result || (event.target as Element).localName !== 'input') return;
    event.preventDefault();
    this.#next();
  }

  #back(): void {
    this.#changing = false;
    this.errors = new Set();
    if (this.result) {
      this.result = null;
      const open = firstOpen(this.answers);
      this.#goTo(open < 0 ? questions.length - 1 : open);
    } else if (this.step > 0) this.#goTo(this.step - 1);
    else {
      // Once: the result is the reader's again, and question 1, reached from it later by Previous question
      // or Change, has nothing before it (these answers again would undo what was changed since).
      this.answers = this.#was!;
      this.#was = undefined;
      this.#finish();
    }
  }

  /**
   * Shows the result: after the last question, from a question reached by Change, or early, once an answer
   * needs help today whatever comes after (see `#renderEarly`). A Change can take that answer back: then
   * the questions go on from the first one not answered.
   */
  #finish(): void {
    this.#changing = false;
    const open = firstOpen(this.answers);
    if (open >= 0 && !sameDaySignIn(this.answers)) return this.#goTo(open);
    const result = assess(this.answers);
    this.result = result;
    // Focus on the result's heading reads it out; the same words in the status region would say it twice.
    this.#said.say('');
    void this.#focusOn('#outcome-title');
    this.dispatchEvent(new KneePainCheckCompleteEvent({outcome: result.outcome, reasons: [...result.reasons], sameDay: result.sameDay}));
  }

  #setAnswer<F extends Field>(field: F, value: Answers[F] | undefined): void {
    const urgent = sameDaySignIn(this.answers);
    const next: Record<string, unknown> = {...this.answers};
    if (value === undefined) delete next[field];
    else next[field] = value;
    this.answers = next as Answers;
    // The early way out appears under Next, where a screen reader, still on the answer, would not meet it
    // for five more questions: it is said as it appears.
    if (!urgent && !this.#isLast() && sameDaySignIn(this.answers)) this.#said.say(msg('Your answers already say to get help today. A button after Next shows the result now.'));
    if (this.errors.has(field)) {
      // Put right on the answer that has focus (Space): its description stays till focus leaves it, where
      // Orca read its hint again. (An arrow key picks the answer before focus moves to it.)
      const active = this.shadowRoot?.activeElement as HTMLInputElement | null;
      if (active?.name?.startsWith(`${field}-`)) hold(this, active);
      const errors = new Set(this.errors);
      errors.delete(field);
      this.errors = errors;
      this.#righted.add(field);
    }
  }

  /**
   * A digit typed on a pain scale chooses its score, as the arrow keys choose the next: "7" is 7, and "1"
   * then "0" within a second on the same scale is 10 (1 is chosen on the way). Without it, 7 was seven
   * presses of an arrow.
   */
  #onScoreKey(event: KeyboardEvent): void {
    const key = event.key;
    if (!/^\d$/.test(key) || event.ctrlKey || event.metaKey || event.altKey) return;
    const on = event.currentTarget;
    const last = this.#digit;
    const ten = key === '0' && last.key === '1' && last.on === on && event.timeStamp - last.t < 1000;
    this.#digit = {key, t: event.timeStamp, on};
    const radio = (on as Element).querySelector<HTMLInputElement>(`[value="${ten ? 10 : key}"]`)!;
    event.preventDefault();
    radio.focus();
    radio.click();
  }

  /**
   * Home and End among tick boxes go to the first and the last, ticking nothing (Space ticks), where a
   * browser would scroll the page away. The arrows stay the page's, as on any tick box.
   */
  #onBoxesKey(event: KeyboardEvent): void {
    const boxes = [...(event.currentTarget as Element).querySelectorAll<HTMLInputElement>('input')];
    const to = rovingIndex(event, boxes.indexOf(event.target as HTMLInputElement), boxes.length, false);
    if (to === null || event.key.startsWith('Arrow')) return;
    event.preventDefault();
    boxes[to]!.focus();
  }

  /** "None of these" clears the signs ticked before: said, since those answers decide the outcome. */
  #noneOfThese(on: boolean): void {
    if (on && this.answers.signs?.length) this.#said.say(msg('The signs you had ticked are now cleared.'));
    this.#setAnswer('signs', on ? [] : undefined);
  }

  /** Ticking a sign unticks "None of these": said too, as the reader's earlier answer changes unseen. */
  #toggleSign(sign: Sign, on: boolean): void {
    if (on && this.answers.signs?.length === 0) this.#said.say(msg('“None of these” is now unticked.'));
    const chosen = new Set(this.answers.signs ?? []);
    if (on) chosen.add(sign);
    else chosen.delete(sign);
    const list = signs.filter((s) => chosen.has(s));
    this.#setAnswer('signs', list.length ? list : undefined);
  }

  // ---- rendering -----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`
      <section class="root" part="base" lang=${this.lang_} translate="no" aria-labelledby="title" @keydown=${this.#onAnswerKeydown}>
        ${this.renderTitle(msg('Should you run, rest or see someone?'))}
        ${this.result ? this.#renderOutcome(this.result) : this.#renderStep()}
        ${professionalBox(this.level(1))}
        ${this.#renderHow()}
        ${this.renderDisclaimer()}
        <div class="sr-only" role="status">${this.#said.text}</div>
      </section>
    `;
  }

  /**
   * A heading that takes focus when its step or outcome appears. A question's heading sits before its
   * fieldset, which it names: inside the legend, focus on it entered the group, and screen readers said
   * the question twice (the group's name, then the heading). `before` is read first, not shown (a step's
   * position, shown above it); the words alone are `${id}-text`, which names the group without it.
   */
  #focusHeading(text: string, id: string, before = ''): TemplateResult {
    return html`<span role="heading" aria-level=${this.level(1)} tabindex="-1" id=${id} class="heading ${id}"
      >${before ? html`<span class="sr-only">${before}:&nbsp;</span>` : nothing}<span id="${id}-text">${text}</span></span
    >`;
  }

  #renderStep(): TemplateResult {
    const q: Question = questions[this.step] ?? questions[0];
    const total = questions.length;
    const count = formatNumber(total);
    const last = this.#isLast();
    return html`
      ${this.step === 0
        ? html`<p class="intro">${msg(str`${count} short questions. At the end you will see whether to keep running, rest, or see someone. Your answers are not saved or sent anywhere.`)}</p>`
        : nothing}
      <div class="top">
        ${this.step > 0 || this.#was
          ? html`<button type="button" class="back" part="back" @click=${this.#back}><span class="arrow" aria-hidden="true"></span>${this.step ? msg('Previous question') : msg('Back to your result')}</button>`
          : nothing}
        <p class="count" aria-hidden="true">${this.#position(this.step)}</p>
        <progress part="progress" max=${total} .value=${this.step + 1} aria-hidden="true"></progress>
      </div>
      ${q.kind === 'scale' ? this.#renderScales(q) : this.#renderChoices(q)}
      <button type="button" class="next" part="next" @click=${this.#next}>${last ? msg('See the result') : msg('Next')}</button>
      ${this.#renderEarly(last)}
    `;
  }

  /** The question shown is the last to answer: the last of all, or the one being changed from the result. */
  #isLast(): boolean {
    return this.step === questions.length - 1 || this.#changing;
  }

  /**
   * Once an answer needs help today whatever comes after (badly swollen, can't take weight, strong pain...),
   * the result is a button away: a runner whose knee gave way and swelled up had five more questions, two
   * pain scales among them, before being told to get help today. Under Next, so that nothing moves under
   * a finger on its way there.
   */
  #renderEarly(last: boolean): TemplateResult | typeof nothing {
    if (last || !sameDaySignIn(this.answers)) return nothing;
    return html`<p class="urgent" part="early">
      ${`${msg('Your answers already say to get help today.')} `}<button type="button" @click=${this.#finish}>${msg('See the result now')}</button>
    </p>`;
  }

  /**
   * "Choose an answer to go on.", above the answers. Once an answer puts it right, its room stays, empty and
   * unread, until the question changes: the answers below don't move up under a finger that is about to tap
   * again (the second pain scale, Next).
   */
  #renderError(field: Field): TemplateResult | typeof nothing {
    const shown = this.errors.has(field);
    if (!shown && !this.#righted.has(field)) return nothing;
    return html`<p part="error" class=${shown ? 'error' : 'error righted'} id=${shown ? `error-${field}` : nothing}>
      <span class="error-icon" aria-hidden="true">!</span><span>${msg('Choose an answer to go on.')}</span>
    </p>`;
  }

  #renderChoices(q: Question): TemplateResult {
    const field = q.fields[0]!;
    const hint = questionHint(q);
    const invalid = this.errors.has(field);
    // The error is read with each answer, where focus lands; a group's description is often skipped.
    const error = invalid ? `error-${field}` : '';
    const many = q.kind === 'many';
    const chosen = this.answers.signs;
    const input = (value: string | number) => {
      const [label, detail] = optionText(value as OptionValue);
      const checked = many ? !!chosen?.includes(value as Sign) : this.answers[field] === value;
      // Named by the answer alone; its hint is a description, so the two are not read as one run-on name.
      const id = `o-${field}-${value}`;
      return html`<label class="option">
        <input
          type=${many ? 'checkbox' : 'radio'}
          name=${`${field}-${this.#shown}`}
          value=${String(value)}
          id="${id}-i"
          .checked=${live(checked)}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-labelledby=${id}
          aria-describedby=${described(`${id}-i`, [error, detail ? `${id}-d` : ''].join(' ').trim())}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            if (many) this.#toggleSign(value as Sign, on);
            else if (on) this.#setAnswer(field, value as never);
          }}
        /><span class="option-text"><span id=${id}>${label}</span>${detail ? html`<span class="option-hint" id="${id}-d">${detail}</span>` : nothing}</span>
      </label>`;
    };
    return html`
      ${this.#focusHeading(questionTitle(q), 'step-title', this.#position(this.step))}
      <fieldset class="question" part="question" aria-labelledby="step-title-text" aria-describedby=${hint ? 'hint' : nothing} @keydown=${many ? this.#onBoxesKey : onSwitchKeydown}>
        ${hint ? html`<p class="hint" id="hint">${hint}</p>` : nothing} ${this.#renderError(field)}
        <div class="options">
          ${q.options.map(input)}
          ${many
            ? html`<label class="option none">
                <input
                  type="checkbox"
                  name=${`${field}-${this.#shown}`}
                  value="none"
                  id="i-${field}-none"
                  .checked=${live(chosen?.length === 0)}
                  aria-invalid=${invalid ? 'true' : nothing}
                  aria-describedby=${described(`i-${field}-none`, error)}
                  @change=${(e: Event) => this.#noneOfThese((e.target as HTMLInputElement).checked)}
                /><span class="option-text">${msg('None of these')}</span>
              </label>`
            : nothing}
        </div>
      </fieldset>
    `;
  }

  #renderScales(q: Question): TemplateResult {
    const zero = formatNumber(0);
    const ten = formatNumber(10);
    const scale = (field: PainField, legend: string) => {
      const invalid = this.errors.has(field);
      return html`<fieldset class="scale" @keydown=${onSwitchKeydown}>
        <legend class="scale-legend">${legend}</legend>
        ${this.#renderError(field)}
        <div class="scores" @keydown=${this.#onScoreKey}>
          ${painScores.map(
            (n) => html`<label class="score">
              <input
                type="radio"
                name=${`${field}-${this.#shown}`}
                value=${String(n)}
                id="i-${field}-${n}"
                .checked=${live(this.answers[field] === n)}
                aria-invalid=${invalid ? 'true' : nothing}
                aria-describedby=${described(`i-${field}-${n}`, invalid ? `error-${field}` : '')}
                @change=${() => this.#setAnswer(field, n)}
              /><span class="num"
                >${formatNumber(n)}${n === 0
                  ? html`<span class="sr-only">${msg('no pain')}</span>`
                  : n === 10
                    ? html`<span class="sr-only">${msg('worst pain')}</span>`
                    : nothing}</span
              >
            </label>`,
          )}
        </div>
        <p class="ends" aria-hidden="true">
          <span>${msg(str`${zero} no pain`)}</span><span>${msg(str`${ten} worst pain`)}</span>
        </p>
      </fieldset>`;
    };
    return html`
      ${this.#focusHeading(questionTitle(q), 'step-title', this.#position(this.step))}
      <fieldset class="question" part="question" aria-labelledby="step-title-text" aria-describedby="hint">
        <p class="hint" id="hint">${questionHint(q)}</p>
        ${scale('painDuring', msg('While you run'))} ${scale('painAfter', msg('After you run'))}
      </fieldset>
    `;
  }

  #renderIcon(outcome: Outcome): TemplateResult {
    const shape =
      outcome === 'see-professional'
        ? svg`<path d="M12 2.8 22.4 20.6H1.6Z" /><path class="mark" d="M12 9v5.2M12 17.2v.1" />`
        : outcome === 'rest-adjust'
          ? svg`<circle cx="12" cy="12" r="10" /><path class="mark" d="M9.5 8v8M14.5 8v8" />`
          : svg`<circle cx="12" cy="12" r="10" /><path class="mark" d="m7.2 12.4 3.2 3.2 6.4-7" />`;
    return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${shape}</svg>`;
  }

  #renderReason(id: Exclude<ReasonId, RedFlagId>): TemplateResult {
    const text = reasonText(id, this.answers);
    return html`<li><div>${text}</div>${this.#renderChange(questionOf(id), text)}</li>`;
  }

  /**
   * "Change", after an answer the outcome shows: back to question `step`, the other answers kept. That
   * question then leads straight back to the result ("See the result", and Enter), not through the later
   * ones again; moving back a question ends that. `name` says which answer (or question) it changes.
   */
  #renderChange(step: number, name: string): TemplateResult {
    return html`<button
      type="button"
      class="change"
      @click=${() => {
        this.#changing = true;
        this.result = null;
        this.#goTo(step);
      }}
    >
      ${msg('Change')}<span class="sr-only">: ${name}</span>
    </button>`;
  }

  /**
   * The outcome: what to do, and the clinic's link, come before why. On a phone the reasons, each with
   * its sources, filled two to four screens above the booking link.
   */
  #renderOutcome(result: Assessment): TemplateResult {
    const {outcome, reasons, sameDay} = result;
    const tips = outcome === 'see-professional' ? [] : recoveryTips(outcome, this.answers.region, this.answers.swelling);
    return html`
      <div class="outcome ${outcome}" part="outcome">
        <div class="headline" part="headline">${this.#renderIcon(outcome)}${this.#focusHeading(outcomeTitle(outcome, sameDay), 'outcome-title')}</div>
        <p class="lead">${outcomeLead(outcome)}</p>
        ${sameDay
          ? html`<p class="urgent">
              <strong>${msg('Get help today.')}</strong>${` ${msg('Some of your answers need a same-day check. Call your doctor, or go to an urgent care service.')}`}
            </p>`
          : nothing}
        ${this.renderHeading(msg('What to do'), 2, 'sub')}
        <ol class="todo bullets">
          ${outcomeSteps(outcome, sameDay, this.answers).map((s) => html`<li>${s}</li>`)}
        </ol>
        ${this.renderBooking()}
        ${this.renderHeading(msg('Because you said'), 2, 'sub')}
        <ul class="reasons" role="list">
          ${freshInjuryIn(this.answers) ? html`<li class="flag"><div><strong>${freshInjury().label}.</strong>${` ${freshInjury().why}`}</div></li>` : nothing}
          ${reasons.map((id) =>
            isRedFlagId(id)
              ? html`<li class="flag">
                  <div><strong>${redFlags()[id].label}.</strong>${` ${redFlags()[id].why} `}${renderSourcesInline(redFlags()[id].sources)}</div>
                  ${this.#renderChange(questionOf(id), redFlags()[id].label)}
                </li>`
              : this.#renderReason(id),
          )}
        </ul>
        ${this.#renderConditions(outcome)}
        ${tips.length
          ? html`${this.renderHeading(outcome === 'soreness' ? msg('Recovery habits') : msg('Recovery tips'), 2, 'sub')}
              <ul class="items tips bullets">
                ${tips.map(
                  (t) =>
                    html`<li>
                      <strong>${t.title}</strong>${` ${t.summary}`}
                      ${t.cautions.length
                        ? html`<div class="cautions"><strong>${msg('Take care:')}</strong>${` ${t.cautions.join(' ')}`}</div>`
                        : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing}
        <div class="actions">
          <button type="button" class="restart" part="restart" @click=${this.#onRestart}>${msg('Start again')}</button>
          <button type="button" class="back" part="back" @click=${this.#back}>${this.#backToLast()}</button>
        </div>
        ${this.#renderAnswers()}
      </div>
    `;
  }

  /**
   * Every question with the reader's answer: what to tell, or show, a physiotherapist or doctor, without
   * having to remember nine answers (and on paper, when the page is printed). Each with its Change, as in
   * a "check your answers" list: where it hurts and how it started are in no reason, and going back to
   * them question by question took 41 keys (keyboard review). Last, after "Start again", which its nine
   * buttons would have put nine Tabs further down; then "Share your answers" (or "Copy"), which sends it on.
   */
  #renderAnswers(): TemplateResult {
    return html`${this.renderHeading(msg('All your answers'), 2, 'sub')}
      <dl class="answers" part="answers">
        ${questions.map((q, step) => {
          const lines = this.#answerLines(q);
          const title = questionTitle(q);
          return lines.length
            ? html`<div><dt>${title}</dt>${lines.map((text) => html`<dd>${text}</dd>`)}<dd class="change-cell">${this.#renderChange(step, title)}</dd></div>`
            : nothing;
        })}
      </dl>
      <div class="actions">
        <button type="button" class="share" part="share" @click=${this.#onShare}>
          ${'share' in navigator ? msg('Share your answers') : msg('Copy your answers')}
        </button>
        <p class="share-note" role="status">
          ${this.copied === 'done'
            ? msg('Copied. Paste your answers into a message, an email or a note.')
            : this.copied
              ? msg('Your browser did not let us copy them. Select the list above and copy it.')
              : ''}
        </p>
      </div>`;
  }

  /** The reader's answer to `q`, a line each; none for a question not reached (after an early result). */
  #answerLines(q: Question): string[] {
    const a = this.answers;
    if (q.kind === 'scale') {
      const lines: string[] = [];
      if (a.painDuring !== undefined) lines.push(reasonText('pain-during', a));
      if (a.painAfter !== undefined) lines.push(reasonText('pain-after', a));
      return lines;
    }
    const value = a[q.fields[0]!];
    if (value === undefined) return [];
    if (!Array.isArray(value)) return [optionText(value as OptionValue)[0]];
    // Each sign ticked, a sentence of its own ("It gives way").
    return value.length ? value.map((sign) => optionText(sign)[0]) : [msg('None of these')];
  }

  /**
   * The result and every answer as plain text, dated, for the reader to send to themselves or to a
   * physiotherapist: the page never sends it anywhere; the reader's share sheet or clipboard takes it.
   */
  #answersText(): string {
    const {outcome, sameDay} = this.result!;
    // Not formatDay() from dates.ts: that module travels in the storage chunk, which this page doesn't load.
    const date = cached(Intl.DateTimeFormat, getLocale(), {dateStyle: 'long'}).format(new Date());
    const answers = questions.flatMap((q) => {
      const lines = this.#answerLines(q);
      return lines.length ? [`${questionTitle(q)}\n${lines.map((line) => `- ${line}`).join('\n')}`] : [];
    });
    return [msg(str`Knee pain check, ${date}`), `${outcomeTitle(outcome, sameDay)}. ${outcomeLead(outcome)}`, ...answers, disclaimerText()].join('\n\n');
  }

  /** "Share your answers" on a device with a share sheet (a phone), else "Copy your answers". */
  readonly #onShare = async (): Promise<void> => {
    const text = this.#answersText();
    this.copied = '';
    try {
      // Its first line ("Knee pain check, 6 December 2026") is the subject, where the target has one.
      await navigator.share({title: text.split('\n')[0], text});
      return;
    } catch (error) {
      // Closed without sharing: nothing to say. No share sheet here, or refused: copy instead.
      if ((error as Error).name === 'AbortError') return;
    }
    try {
      await navigator.clipboard.writeText(text);
      this.copied = 'done';
    } catch {
      this.copied = 'refused';
    }
  };

  /**
   * The knee-map conditions for the chosen region (all over or not sure: the common causes in runners).
   * After "normal training soreness" they are what to think of if it doesn't settle, without the serious
   * ones (an injury such as a torn ligament), which would contradict that outcome. They show by name;
   * "Explain each cause" unfolds a line about each (printed, they show). It comes before them, as the
   * map's and the tips' toggles come before what they unfold, so a screen reader reads on into the lines.
   * With the lines, six causes filled two screens of a 360 px phone between the advice and "All your
   * answers", the list to show a professional (a cognitive-accessibility review: a "rest and adjust"
   * result was 4,400 px tall).
   */
  #renderConditions(outcome: Outcome): TemplateResult {
    const region = this.answers.region;
    const known = isRegionId(region);
    const soreness = outcome === 'soreness';
    let list: ConditionBrief[];
    if (known) {
      const {local, anywhere} = briefsForRegion(region);
      list = [...local, ...anywhere];
    } else {
      const briefs = conditionBriefs();
      list = commonConditionIds.map((id) => briefs[id]);
    }
    if (soreness) list = list.filter((c) => !c.serious);
    // "Where it hurts: Outer knee": the spot's name alone read as a heading out of context.
    const description = known ? regions()[region].name : '';
    const open = this.explained || this.printing;
    return html`
      ${this.renderHeading(known ? msg(str`Where it hurts: ${description}`) : msg('Common causes of knee pain in runners'), 2, 'sub')}
      ${known || soreness
        ? html`<p class="note">
            ${soreness ? msg("If it doesn't settle, these are common causes:") : msg('Common causes of pain here:')}
          </p>`
        : nothing}
      <button type="button" class="toggle" aria-expanded=${open} aria-controls="causes" @click=${() => (this.explained = !open)}>
        <span class="chevron" aria-hidden="true"></span>${msg('Explain each cause')}
      </button>
      <ul class="items conditions bullets" id="causes">
        ${list.map((c) => html`<li class=${c.serious ? 'serious' : ''}><strong>${c.name}</strong>${open ? ` ${c.summary}` : nothing}</li>`)}
      </ul>
    `;
  }

  #renderHow(): TemplateResult {
    const three = formatNumber(SORENESS_MAX_PAIN);
    const ten = formatNumber(10);
    const flags = redFlagIds.map((id) => redFlags()[id]);
    const cited = [...new Set(flags.flatMap((f) => f.sources))];
    const today = flags.filter((f) => f.sameDay);
    const soon = flags.filter((f) => !f.sameDay);
    // The warning signs come from the shared red-flag list, so this note cannot drift from the rules.
    const soreness = [
      msg('None of the warning signs'),
      msg('No swelling'),
      msg('You can put weight on it'),
      msg('No pain while running'),
      msg(str`Pain of ${three} out of ${ten} or less after running`),
      msg('It has lasted less than a week'),
      msg("Rest has helped, or you haven't rested it yet"),
    ];
    return html`<details class="how" part="how">
      <summary class="toggle"><span class="chevron" aria-hidden="true"></span>${msg('How this works')}</summary>
      <div class="how-body">
        <p>
          ${[
            msg('The check sorts your answers with a few simple rules, based on advice from physiotherapists, coaches and the NHS.'),
            msg('The pain scores and the one-week limit are our own rough cut-offs. The two-week limit follows the NHS.'),
            msg('The two rules about a sudden start in the last week and about pain for over two weeks are our own too.'),
          ].join(' ')}
        </p>
        <ul class="bullets">
          <li>
            <strong>${msg('See a professional today:')}</strong>${` ${msg('any one of these.')}`}
            <ul class="bullets">
              ${today.map((f) => html`<li>${f.label}</li>`)}
              <li>${freshInjury().label}</li>
            </ul>
          </li>
          <li>
            <strong>${msg('See a professional within a few days:')}</strong>${` ${msg('any one of these warning signs.')}`}
            <ul class="bullets">
              ${soon.map((f) => html`<li>${f.label}</li>`)}
            </ul>
          </li>
          <li>
            <strong>${msg('This sounds like normal training soreness:')}</strong>${` ${msg('all of these.')}`}
            <ul class="bullets">
              ${soreness.map((s) => html`<li>${s}</li>`)}
            </ul>
          </li>
          <li><strong>${msg('Rest and adjust your training:')}</strong>${` ${msg('anything in between.')}`}</li>
        </ul>
        <p>
          ${`${msg('Your answers stay on this page. They are not saved or sent anywhere.')} ${msg(
            'At the end you can share or copy them yourself: your phone or browser does that, not this page.',
          )}`}
        </p>
        <p class="sources">${renderSourcesInline(cited, {brackets: false, label: true})}</p>
      </div>
    </details>`;
  }

}
