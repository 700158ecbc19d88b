// Splits each translation that `lit-localize build` wrote (src/generated/locales/<locale>.ts, every
// message of every widget) into parts, so a page loads only the translations of the widgets it shows.
//
// A message belongs to the source file whose msg() call holds it; a file belongs to every widget whose
// define module (src/<tag>/<tag>.ts) reaches it through imports. Files reached by the same widgets make
// one part: `common` (every widget), one part per widget, and parts that a few widgets share (the
// knee content). Writes src/generated/locales/parts/<locale>-<part>.ts and src/generated/locale-parts.ts,
// which says which parts each tag needs and how to load them. Run by `npm run localize:build`.
import {mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {extractOptions, extractTemplate, generateMsgIdFromAstNode, isMsgCall} from '@lit/localize-tools/lib/program-analysis.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const out = join(src, 'generated');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const targetLocales = config.targetLocales;

/** Every .ts file under src/ except the generated ones. */
function sourceFiles(dir = src) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === out) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles();
const tsconfig = ts.parseJsonConfigFileContent(ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, root);
const program = ts.createProgram(files, {...tsconfig.options, noEmit: true, types: []});
const checker = program.getTypeChecker();

// The widgets: every folder with a define module named after it.
const tags = readdirSync(src)
  .filter((name) => statSync(join(src, name)).isDirectory())
  .filter((name) => files.includes(join(src, name, `${name}.ts`)))
  .sort();
if (!tags.length) throw new Error('split-locales: no widget define modules found under src/');

/** Relative imports and re-exports of a file, as source paths. */
function importsOf(file) {
  const sf = program.getSourceFile(file);
  const specs = [];
  for (const stmt of sf.statements) {
    if ((ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier)) {
      if (stmt.importClause?.isTypeOnly || (ts.isExportDeclaration(stmt) && stmt.isTypeOnly)) continue;
      specs.push(stmt.moduleSpecifier.text);
    }
  }
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const target = resolve(dirname(file), s).replace(/\.js$/, '.ts');
      if (target.startsWith(out)) return null; // generated modules hold no msg() calls
      // An import this script cannot follow would leave a widget without some of its translations.
      if (!files.includes(target)) throw new Error(`split-locales: cannot follow '${s}' in ${relative(root, file)}`);
      return target;
    })
    .filter(Boolean);
}

/** file → the widgets that reach it. */
const usedBy = new Map();
for (const tag of tags) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!usedBy.has(file)) usedBy.set(file, new Set());
    usedBy.get(file).add(tag);
    importsOf(file).forEach(walk);
  };
  walk(join(src, tag, `${tag}.ts`));
}

// message id → the widgets that use it (a message written in several files belongs to all of them),
// and the file that holds it, to name its part after.
const idWidgets = new Map();
const idFile = new Map();
for (const file of files) {
  const sf = program.getSourceFile(file);
  const widgets = usedBy.get(file) ?? new Set(tags);
  const visit = (node) => {
    if (isMsgCall(node, checker)) {
      const template = extractTemplate(node.arguments[0], sf, checker);
      const options = extractOptions(node.arguments[1], sf);
      if (template.error || options.error) throw new Error(`split-locales: cannot read msg() in ${relative(root, file)}`);
      const id = options.result.id ?? generateMsgIdFromAstNode(template.result.template, template.result.tag === 'html');
      const set = idWidgets.get(id) ?? new Set();
      widgets.forEach((w) => set.add(w));
      idWidgets.set(id, set);
      if (!idFile.has(id)) idFile.set(id, file);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// Group the messages by the widgets that use them. A group that every widget uses, or one too small to
// be worth a request of its own, goes in `common`, which every widget loads. (The knee conditions' names
// and summaries, about 30 messages for the map and the check, are worth one: every other page skips them.)
const SMALL = 20;
const groups = new Map();
for (const [id, widgets] of idWidgets) {
  const key = widgets.size === tags.length ? 'common' : [...widgets].sort().join('+');
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(id);
}
const partOf = new Map();
const partWidgets = new Map([['common', tags]]);
for (const [key, ids] of groups) {
  let part = 'common';
  if (key !== 'common' && ids.length >= SMALL) {
    const widgets = key.split('+');
    // One widget's own messages are named after it; shared ones after the file most of them come from.
    const counts = new Map();
    for (const id of ids) {
      const name = idFile.get(id).replace(/\.ts$/, '').split(/[\\/]/).pop();
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    part = widgets.length === 1 ? widgets[0] : [...counts].sort((a, b) => b[1] - a[1])[0][0];
    if (partWidgets.has(part)) throw new Error(`split-locales: two parts named ${part}`);
    partWidgets.set(part, widgets);
  }
  for (const id of ids) partOf.set(id, part);
}
const parts = ['common', ...[...partWidgets.keys()].filter((p) => p !== 'common').sort()];
const partsByTag = Object.fromEntries(tags.map((tag) => [tag, parts.filter((p) => partWidgets.get(p).includes(tag))]));

/** The `'id': value` entries of a generated locale module, as source text. */
function entries(locale) {
  const path = join(out, 'locales', `${locale}.ts`);
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map();
  const imports = [];
  for (const stmt of sf.statements) if (ts.isImportDeclaration(stmt)) imports.push(stmt.getText(sf));
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(sf) === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const prop of node.initializer.properties) {
        if (!ts.isPropertyAssignment(prop)) throw new Error(`split-locales: unexpected entry in ${path}`);
        const id = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(sf);
        found.set(id, prop.initializer.getText(sf));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!found.size) throw new Error(`split-locales: no templates in ${path}`);
  return {found, imports};
}

rmSync(join(out, 'locales', 'parts'), {recursive: true, force: true});
const header = '// Generated by scripts/split-locales.mjs from the lit-localize output. Do not edit.\n';
for (const locale of targetLocales) {
  const byPart = new Map(parts.map((p) => [p, []]));
  const {found, imports} = entries(locale);
  for (const [id, text] of found) {
    // lit-localize writes only the messages in the sources, so each must have a part; one without
    // means the ids here and lit-localize's no longer agree, and the translation would be lost.
    const part = partOf.get(id);
    if (!part) throw new Error(`split-locales: no source message for ${locale} translation ${id}`);
    byPart.get(part).push(`  ${id}: ${text},`);
  }
  const dir = join(out, 'locales', 'parts');
  mkdirSync(dir, {recursive: true});
  for (const [part, lines] of byPart) {
    // The generated module's own imports (`str`, and `html` should a message ever be markup), kept
    // only where this part uses them.
    const used = imports.filter((line) => {
      const names = line.match(/\{([^}]*)\}/)?.[1].split(',').map((n) => n.trim()) ?? [];
      return names.some((name) => lines.some((l) => new RegExp(`:\\s*${name}\``).test(l)));
    });
    writeFileSync(
      join(dir, `${locale}-${part}.ts`),
      `${header}${used.map((l) => `${l}\n`).join('')}/* eslint-disable */\nexport const templates = {\n${lines.join('\n')}\n};\n`,
    );
  }
}

const loaderLines = targetLocales.map(
  (locale) => `  ${locale}: {\n${parts.map((p) => `    '${p}': () => import('./locales/parts/${locale}-${p}.js'),`).join('\n')}\n  },`,
);
writeFileSync(
  join(out, 'locale-parts.ts'),
  `${header}
/** The translation parts each widget needs. */
export const partsByTag: Record<string, readonly string[]> = ${JSON.stringify(partsByTag, null, 2)};

/** Loads one part of one locale's translations. */
export const partLoaders: Record<string, Record<string, () => Promise<{templates: Record<string, unknown>}>>> = {
${loaderLines.join('\n')}
};
`,
);
console.log(`split-locales: ${parts.length} parts per locale (${parts.join(', ')})`);
