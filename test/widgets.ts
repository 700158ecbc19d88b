/**
 * Every widget, with its attributes and a few states worth checking, for the tests that run over all
 * of them (hostile pages, fuzzing, lifecycle). Adding a widget means adding an entry here.
 */
export interface WidgetCase {
  tag: string;
  /** Attributes to fuzz, with some values the widget understands. */
  attributes: Record<string, readonly string[]>;
  /** Markup of interesting states (attributes only; no children). */
  states: ReadonlyArray<Record<string, string>>;
  /** For widgets that keep data: a state that really uses localStorage (a test key), for the leak checks. */
  persistent?: Record<string, string>;
}

/** The widgets whose booking link (`cta-href`) is always in view, in the "when to see a professional" box (the pain check's waits for a result). */
export const bookingInBox = ['knee-map', 'recovery-tips', 'training-load'] as const;

export const widgets: readonly WidgetCase[] = [
  {
    tag: 'knee-map',
    attributes: {
      view: ['front', 'back'],
      side: ['left', 'right'],
      region: ['front', 'below-kneecap', 'inner', 'outer', 'back'],
      'cta-href': ['https://clinic.example/book', 'tel:+15551234567'],
      'cta-label': ['Book now'],
      theme: ['auto', 'light', 'dark'],
      heading: ['Knee pain?'],
      'heading-level': ['2', '3'],
    },
    states: [{}, {region: 'outer', 'cta-href': 'https://clinic.example/book'}, {view: 'back', region: 'back', side: 'left'}],
  },
  {
    tag: 'recovery-tips',
    attributes: {
      region: ['front', 'below-kneecap', 'inner', 'outer', 'back'],
      timing: ['right-after', 'next-days', 'long-term'],
      category: ['strength', 'rest,cold-heat'],
      for: ['some-map'],
      limit: ['0', '3', '6'],
      'cta-href': ['https://clinic.example/book', 'tel:+15551234567'],
      'cta-label': ['Book now'],
      theme: ['auto', 'light', 'dark'],
      heading: ['Tips'],
      'heading-level': ['2', '3'],
    },
    states: [{}, {limit: '0'}, {region: 'outer', timing: 'long-term', 'cta-href': 'https://clinic.example/book'}, {region: 'back', timing: 'right-after', category: 'footwear'}],
  },
  {
    tag: 'shoe-mileage',
    // Not storage-key: fuzzing it would read random real localStorage keys.
    attributes: {
      unit: ['mi', 'km'],
      'warn-at': ['300', '480'],
      limit: ['500', '800'],
      storage: ['none'],
      theme: ['auto', 'light', 'dark'],
      heading: ['Your running shoes'],
      'heading-level': ['2', '3'],
    },
    states: [{storage: 'none'}, {storage: 'none', unit: 'km', theme: 'dark'}],
    persistent: {'storage-key': 'test:lifecycle:shoe-mileage'},
  },
  {
    tag: 'knee-pain-check',
    attributes: {
      region: ['front', 'below-kneecap', 'inner', 'outer', 'back', 'all'],
      for: ['some-map'],
      'cta-href': ['https://clinic.example/book', 'tel:+15551234567'],
      'cta-label': ['Book now'],
      theme: ['auto', 'light', 'dark'],
      heading: ['Run or rest?'],
      'heading-level': ['2', '3'],
    },
    states: [{}, {region: 'outer', 'cta-href': 'https://clinic.example/book'}, {theme: 'dark', region: 'all'}],
  },
  {
    tag: 'training-load',
    // storage="none" throughout, so fuzzing writes nothing to localStorage.
    attributes: {
      weeks: ['20,22,25,31', '10,10,10,10,20', '0,0,0,0,0'],
      unit: ['km', 'mi'],
      storage: ['none'],
      'cta-href': ['https://clinic.example/book', 'tel:+15551234567'],
      'cta-label': ['Book now'],
      theme: ['auto', 'light', 'dark'],
      heading: ['Mileage check'],
      'heading-level': ['2', '3'],
    },
    states: [
      {storage: 'none'},
      {weeks: '20,22,25,24,26', storage: 'none', 'cta-href': 'tel:+15551234567', 'cta-label': 'Call the clinic'},
      {weeks: '10,10,10,10,20', unit: 'mi', storage: 'none', theme: 'dark'},
    ],
    persistent: {'storage-key': 'test:lifecycle:training-load'},
  },
];

/** Creates `<tag attr="…">` (not yet connected). */
export function create(tag: string, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** `<tag attr="…">` in the page's body, rendered. */
export async function mounted(tag: string, attributes: Record<string, string> = {}, parent: Element = document.body): Promise<HTMLElement> {
  const el = create(tag, attributes);
  parent.append(el);
  await settled(el);
  return el;
}

export async function settled(el: Element): Promise<void> {
  await (el as Element & {updateComplete?: Promise<unknown>}).updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/**
 * Answers the pain check to its result, question by question: of each name, the input with the value in
 * `values` (else the first), then Next. `each(question, answered)` runs on each question before its
 * answers and after them.
 */
export async function answerPainCheck(
  el: HTMLElement,
  values: Record<string, string> = {},
  each?: (question: number, answered: boolean) => Promise<void> | void,
): Promise<void> {
  const root = el.shadowRoot!;
  const next = () => root.querySelector<HTMLButtonElement>('[part="next"]');
  for (let question = 1; question <= 20 && next(); question++) {
    await each?.(question, false);
    const inputs = [...root.querySelectorAll<HTMLInputElement>('[part="question"] input')];
    for (const name of new Set(inputs.map((i) => i.name))) {
      const field = name.replace(/-.*/, '');
      (inputs.find((i) => i.name === name && i.value === values[field]) ?? inputs.find((i) => i.name === name)!).click();
    }
    await settled(el);
    await each?.(question, true);
    next()?.click();
    await settled(el);
  }
}

/** The text a reader would get: rendered text plus the accessible names and descriptions. */
export function renderedText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const parts: string[] = [root.textContent ?? ''];
  for (const node of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder', 'value', 'href']) {
      const v = node.getAttribute(attr);
      if (v) parts.push(v);
    }
  }
  return parts.join(' ');
}
