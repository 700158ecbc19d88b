// The keyboard tasks scripts/orca.mjs runs in each widget, as a screen reader user does them. Each starts
// with Orca's caret on a link just before the widget, so the first Tab goes into it. `step(keys, note)`
// presses keys (xdotool's names; 'type:…' types) and records what Orca says. Insert is Orca's key (desktop
// layout): Insert+a switches between browse and focus mode; in browse mode, h goes to the next heading.
const tabs = async (step, n, note) => {
  for (let i = 0; i < n; i++) await step('Tab', note);
};
export const scenarios = {
  'knee-map': async (step) => {
    await tabs(step, 3, 'view switch, knee switch, the map');
    await step('Down', 'next spot');
    await step('Return', 'choose it');
    await step('Insert+a', 'browse mode');
    await step('h', 'next heading: the panel');
    await step('Insert+a', 'focus mode');
    await tabs(step, 2, 'into the panel');
    await step('Escape', 'back to the map');
    await step('Up', 'spot before');
    await step('space', 'choose it');
  },
  'knee-pain-check': async (step) => {
    await step('Tab', 'the first question');
    await step('Tab', 'Next');
    await step('Return', 'Next with no answer');
    await step('space', 'pick the answer');
    await step('Tab', 'Next');
    await step('Return', 'Next');
    await step('Tab', 'the answers');
    await step('space', 'pick the answer');
    await step('Tab', 'Next');
    await step('Return', 'Next');
    await step('Tab', 'the answers (swelling)');
    // Orca stays in browse mode on radio buttons: Down reads the next answer, Space picks it.
    await step(['Down', 'Down', 'Down'], 'to the last answer');
    await step('space', 'pick it: badly swollen');
    await tabs(step, 2, 'Next, then See the result now');
    await step('Return', 'see the result');
    await step('Down', 'read on');
    await step('Down', 'read on');
  },
  'training-load': async (step) => {
    await tabs(step, 3, 'the source link, unit, the first week');
    for (const km of ['20', '22', '24', '26']) {
      await step(`type:${km}`);
      await step('Tab');
    }
    await step('type:4x', 'this week, a typo');
    await step('Return', 'Enter on it');
    await step(['BackSpace', 'type:5'], 'mend it: 45, a big jump');
    await step('Tab', 'leave the field: the verdict, said by the live region');
    await step('shift+Tab', 'back to This week');
    await step('Return', 'Enter: focus on the verdict');
    await step('Down', 'read on');
  },
  'shoe-mileage': async (step) => {
    await tabs(step, 2, 'unit, Name');
    await step('Return', 'add with no name');
    await step('type:Pegasus 40');
    await step('Return', 'add the pair');
    await step('Tab', 'where is focus?');
  },
  'recovery-tips': async (step) => {
    await step('Tab', 'first filter');
    await step('Right', 'next chip');
    await step('space', 'press it');
    await step('space', 'and again, off');
    await step('space', 'and on');
    await tabs(step, 3, 'the other filters, then Show all tips');
    await step('space', 'show all tips');
    await step('Tab', 'on to the tips');
    await step('space', 'open a tip');
  },
};
