// Builds dist/custom-elements.json from the JSDoc on each component (@tagname, @attr, @csspart,
// @cssprop, @fires, @slot, @summary).
import {readFileSync} from 'node:fs';

/**
 * A default the analyzer wrote as a constant's name (`DEFAULT_LIMIT`) becomes the constant's literal
 * value (`6`) when the module declares it as a string or number, so the reference says what it is.
 */
function literalDefault(source, value) {
  if (typeof value !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(value)) return value;
  const match = new RegExp(`\\bconst ${value}\\s*=\\s*('[^'\\n]*'|"[^"\\n]*"|-?\\d+(?:\\.\\d+)?)\\s*;`).exec(source);
  return match ? match[1] : value;
}

/**
 * The class's `@attr {type} name - text` lines, by attribute name. They hold what a page author needs
 * (the allowed values, the default, what overrides what); the analyzer would take each attribute's text
 * and type from the shorter comment on its property instead, which is written for the code.
 */
function documentedAttributes(source) {
  const found = new Map();
  for (const [, type, name, description] of source.matchAll(/^\s*\*\s*@attr\s+\{([^}]*)\}\s+([\w-]+)\s+-\s+(.*)$/gm)) {
    found.set(name, {type, description: description.trim()});
  }
  return found;
}

/**
 * Lit's static `properties` make the analyzer list internal `{state: true}` fields as attributes (and
 * give those members an `attribute`), and
 * `dispatchEvent(new XEvent(x))` adds an unnamed (or wrongly named) event next to the documented
 * `@fires`. Drop both, show constants' values as defaults, and give each attribute its `@attr` text.
 */
function tidyPlugin() {
  return {
    name: 'knee-widgets:tidy',
    packageLinkPhase({customElementsManifest}) {
      const paths = new Set(customElementsManifest.modules.map((m) => m.path));
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          decl.attributes = (decl.attributes ?? []).filter((a) => !hidden.has(a.fieldName ?? a.name));
          for (const m of decl.members ?? []) if (hidden.has(m.name)) delete m.attribute;
          // An event the analyzer guessed from `new XEvent(after)` is named after the argument: drop it
          // when a documented @fires event has the same type.
          const events = (decl.events ?? []).filter((e) => e.name);
          const documented = new Set(events.filter((e) => e.description).map((e) => e.type?.text));
          decl.events = events.filter((e) => e.description || !documented.has(e.type?.text));
          // The analyzer writes a local superclass's module as the import says (`/src/shared/widget.js`),
          // which names no module in this manifest: point it at the listed `.ts` one.
          const parent = decl.superclass?.module?.replace(/^\//, '').replace(/\.js$/, '.ts');
          if (parent && paths.has(parent)) decl.superclass.module = parent;
          const source = readFileSync(mod.path, 'utf8');
          const attrDocs = documentedAttributes(source);
          for (const a of decl.attributes) {
            const doc = attrDocs.get(a.name);
            if (doc) Object.assign(a, {type: {text: doc.type}, description: doc.description});
            // An empty initial value that the text calls a default ("Default 300 mi / 480 km") is worked
            // out when the widget renders; listing `''` beside that text would contradict it.
            if (a.default === "''" && /\bDefault\b/.test(a.description ?? '')) delete a.default;
          }
          for (const item of [...decl.attributes, ...(decl.members ?? [])]) {
            if ('default' in item) item.default = literalDefault(source, item.default);
          }
          // A property typed by a source alias (`View`, `Theme | null`) takes its attribute's written-out type
          // ('front'|'back'), and so does a method's parameter of that alias (`select(region: RegionId | null)`):
          // the manifest defines no aliases, and tools that write typings from it would print an unknown name.
          const aliases = new Map();
          for (const m of decl.members ?? []) {
            const alias = /^([A-Z]\w*)(?: \| null)?$/.exec(m.type?.text ?? '')?.[1];
            const doc = m.attribute && attrDocs.get(m.attribute);
            if (alias && doc) aliases.set(alias, doc.type);
          }
          const expand = (type) => {
            if (!type?.text) return;
            const [, alias, orNull = ''] = /^([A-Z]\w*)((?: \| null)?)$/.exec(type.text) ?? [];
            if (aliases.has(alias)) type.text = aliases.get(alias) + orNull.replace(' | ', '|');
          };
          for (const m of decl.members ?? []) {
            expand(m.type);
            for (const p of m.parameters ?? []) expand(p.type);
          }
        }
      }
    },
  };
}

/** Where a source module is in the package: `src/a/b.ts` is published as `dist/esm/a/b.js`. */
const published = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/esm/$1.js');

/**
 * Runs after the tidying: makes the manifest usable by tools that go from a tag to an import (editors'
 * custom data, JSX and Vue typings, Storybook).
 * - Each define file (`src/knee-map/knee-map.ts`) gets a `custom-element-definition` export: the tags
 *   are registered through `define()` (src/shared/define.ts), which the analyzer does not recognise.
 * - Module paths and references name the published files (`dist/esm/knee-map/knee-map.js`), which the
 *   package's `exports` allow, not the TypeScript sources, which it does not ship. A reference the
 *   analyzer wrote as the import said (`./knee-map.events.js`) is resolved against its module first.
 */
function publishedPathsPlugin() {
  return {
    name: 'knee-widgets:published-paths',
    packageLinkPhase({customElementsManifest}) {
      const modules = customElementsManifest.modules;
      const elements = modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({tag: d.tagName, name: d.name, module: m.path})));
      for (const {tag, name, module} of elements) {
        const define = modules.find((m) => m.path === `src/${tag}/${tag}.ts`);
        if (!define) throw new Error(`custom-elements manifest: no define file src/${tag}/${tag}.ts for <${tag}>`);
        define.exports = [...(define.exports ?? []), {kind: 'custom-element-definition', name: tag, declaration: {name, module}}];
      }
      const resolve = (ref, from) => {
        if (!ref?.module) return;
        const joined = ref.module.startsWith('.') ? new URL(ref.module, `file:///${from}`).pathname.slice(1) : ref.module;
        ref.module = published(joined.replace(/^\//, '').replace(/\.js$/, '.ts'));
      };
      for (const m of modules) {
        for (const e of m.exports ?? []) resolve(e.declaration, m.path);
        for (const d of m.declarations ?? []) {
          resolve(d.superclass, m.path);
          for (const member of d.members ?? []) resolve(member.inheritedFrom, m.path);
          for (const a of d.attributes ?? []) resolve(a.inheritedFrom, m.path);
          for (const e of d.events ?? []) resolve(e.inheritedFrom, m.path);
        }
      }
      for (const m of modules) m.path = published(m.path);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: true,
  plugins: [tidyPlugin(), publishedPathsPlugin()],
};
