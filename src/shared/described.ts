import {nothing, type ReactiveControllerHost} from 'lit';

/** The field held (see `hold`), and what it was described by then. */
let held: Element | undefined;
let heldIds: string | null;

/**
 * Keeps the description of `field`, if it has focus, as it is until focus leaves it (then `host` draws
 * it again); the widget's live region says what changed. Orca and NVDA read out a new description of
 * the focused field, and when focus arrived with it (Next with no answer, to the first answer), after
 * reading the field: an error was said twice, and once put right, the hint was read again. So a widget
 * holds the field's description when an error appears or is put right under focus, and moves focus to a
 * wrong field before its error is drawn.
 */
export const hold = (host: ReactiveControllerHost, field: Element): void => {
  if (!field.matches(':focus')) return;
  held = field;
  heldIds = field.getAttribute('aria-describedby');
  field.addEventListener(
    'focusout',
    () => {
      held = undefined;
      host.requestUpdate();
    },
    {once: true},
  );
};

/**
 * A field's `aria-describedby`: `ids` (space-separated), or, for the field held (by its `id`), what it was
 * then. Not once the field is gone: Firefox sends no focusout for a focused field taken off the page (Escape
 * in a run's edit form), and the same form drawn again took the description of then.
 */
export const described = (id: string, ids: string): string | typeof nothing => (held?.isConnected && held.id === id ? heldIds : ids) || nothing;
