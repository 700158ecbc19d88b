// Demo page wiring: language and theme switchers, per-widget settings, and the embed snippet.
// Everything is set through attributes and properties, as a host page would.
import {widgetMarkup} from './snippet.js';

const root = document.documentElement;
const settings = document.getElementById('settings') as HTMLFormElement;
const snippet = document.getElementById('snippet')!;
const BUNDLE_URL = 'https://cdn.example.com/knee-widgets@0.1.0/dist/knee-widgets.js';

const NIGHT_TOKENS = `<!-- A dark site's own colours: the widgets work out the rest -->
<meta name="color-scheme" content="dark">
<style>
  :root {
    --kw-text: #e5e7eb;
    --kw-surface: #111827;
    --kw-accent: #0f766e;
    --kw-on-accent: #ffffff;
  }
</style>`;

const CLINIC_TOKENS = `<style>
  :root {
    --kw-accent: #6b2fa0;
    --kw-accent-soft: #f1e9f8;
    --kw-radius: 0.25em;
    --kw-button-radius: 0.25em;
    --kw-font: Georgia, 'Times New Roman', serif;
  }
</style>`;

function updateSnippet(): void {
  const theme = (settings.elements.namedItem('theme') as HTMLSelectElement).value;
  const lang = root.lang;
  const all = [...document.querySelectorAll('main .demo > :is(knee-map, recovery-tips, training-load, shoe-mileage, knee-pain-check)')];
  const widgets = all.map((el) => widgetMarkup(el, all));
  const lines = [
    // Pasted into a post, an <html> tag does nothing: the page's language is set where the page is made.
    `<!-- The page's language: <html lang="${lang}"> (on WordPress: Settings, General, Site Language) -->`,
    theme === 'dark' ? `<!-- Dark page: declare it and the widgets follow -->\n<meta name="color-scheme" content="dark">` : '',
    theme === 'clinic' ? CLINIC_TOKENS : '',
    theme === 'night' ? NIGHT_TOKENS : '',
    `<script type="module" src="${BUNDLE_URL}"></script>`,
    ...widgets,
  ].filter(Boolean);
  snippet.textContent = lines.join('\n');
}

settings.addEventListener('change', () => {
  const lang = (settings.elements.namedItem('lang') as HTMLSelectElement).value;
  const theme = (settings.elements.namedItem('theme') as HTMLSelectElement).value;
  root.lang = lang;
  root.classList.toggle('dark', theme === 'dark');
  root.classList.toggle('clinic', theme === 'clinic');
  root.classList.toggle('night', theme === 'night');
  updateSnippet();
});

for (const form of document.querySelectorAll<HTMLFormElement>('.widget-settings')) {
  const el = document.getElementById(form.dataset.for!)!;
  form.addEventListener('change', (event) => {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    if (field.name === 'cta') {
      if ((field as HTMLInputElement).checked) {
        // No cta-label: the built-in "Book an assessment" follows the language switch.
        el.setAttribute('cta-href', 'https://clinic.example/book');
      } else {
        el.removeAttribute('cta-href');
      }
    } else {
      el.setAttribute(field.name, field.value);
    }
    updateSnippet();
  });
  // Keep the form in step when the widget changes itself (the view follows a selected region).
  new MutationObserver(() => {
    for (const name of ['view', 'side']) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select && el.getAttribute(name)) select.value = el.getAttribute(name)!;
    }
    updateSnippet();
  }).observe(el, {attributes: true});
}

const log = document.getElementById('knee-map-log');
document.addEventListener('knee-region-select', (event) => {
  if (log) log.textContent = JSON.stringify(event.detail);
});

document.getElementById('copy')!.addEventListener('click', async (event) => {
  const button = event.currentTarget as HTMLButtonElement;
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select the text above to copy it';
  }
  setTimeout(() => (button.textContent = 'Copy snippet'), 2000);
});

updateSnippet();
