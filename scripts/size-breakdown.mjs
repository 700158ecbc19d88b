// npm run size: where the bytes of dist/knee-widgets.js go. For each widget, the content, the styles and
// the shared code, and for the largest single functions, it prints the marginal gzip: how much smaller the
// bundle would be without those bytes (their own code only; what they import stays), and what it leaves.
// Marginal figures do not add up to the whole, since gzip shares repeats across the file. "raw" counts
// characters. Run `npm run build` first.
import {existsSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import ts from 'typescript';
import {decodeMappings} from './source-map.mjs';

const FILE = 'dist/knee-widgets.js';
if (!existsSync(`${FILE}.map`)) {
  console.error(`${FILE}.map is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const code = readFileSync(FILE, 'utf8');
const map = JSON.parse(readFileSync(`${FILE}.map`, 'utf8'));
const gz = (text) => gzipSync(text, {level: 9}).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Source-map segments as [offset in `code`, source path, original line (1-based)], in file order. */
function segments() {
  const lineStarts = [0];
  for (const l of code.split('\n')) lineStarts.push(lineStarts.at(-1) + l.length + 1);
  return decodeMappings(map.mappings)
    .flatMap((line, n) => line.map(([column, source, original]) => [lineStarts[n] + column, source === undefined ? null : map.sources[source], original + 1]))
    .sort((a, b) => a[0] - b[0]);
}

/** The innermost top-level declaration or class member that holds each line of a source file. */
const members = new Map();
function memberAt(file, line) {
  if (!members.has(file)) {
    const found = [];
    if (existsSync(file)) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
      const visit = (node, owner) => {
        if (ts.isClassDeclaration(node)) return node.members.forEach((m) => visit(m, node.name?.text));
        const name = ts.isVariableStatement(node) ? node.declarationList.declarations[0]?.name.getText() : node.name?.getText();
        if (name && (ts.isVariableStatement(node) || ts.isFunctionLike(node) || ts.isPropertyDeclaration(node))) {
          found.push([lineOf(node.getStart()), lineOf(node.end), owner ? `${owner}.${name}` : name]);
        } else ts.forEachChild(node, (child) => visit(child, owner));
      };
      visit(sf);
    }
    members.set(file, found);
  }
  return members.get(file).find(([start, end]) => line >= start && line <= end)?.[2];
}

// Each byte range of the bundle, labelled with its source file and member.
const ranges = segments().map(([start, source, line], i, all) => {
  const file = source ? source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/') : '(no source)';
  const member = source && file.startsWith('src/') ? memberAt(file, line) : undefined;
  return {start, end: all[i + 1]?.[0] ?? code.length, file, label: member ? `${file} ${member}` : file};
});
const whole = gz(code);

/** Marginal gzip of the ranges `pick` selects, and their raw size. */
function without(pick) {
  let rest = '';
  let from = 0;
  let raw = 0;
  for (const r of ranges) {
    if (!pick(r)) continue;
    rest += code.slice(from, r.start);
    from = r.end;
    raw += r.end - r.start;
  }
  return {saved: whole - gz(rest + code.slice(from)), raw};
}

const groups = [
  ['Lit and @lit/localize', (r) => r.file.startsWith('node_modules/')],
  ['shared code (src/shared)', (r) => r.file.startsWith('src/shared/') && !r.file.endsWith('styles.ts')],
  ...['knee-map', 'recovery-tips', 'knee-pain-check', 'training-load', 'shoe-mileage'].map((w) => [
    `<${w}>: code and templates`,
    (r) => r.file.startsWith(`src/${w}/`) && !r.file.endsWith('styles.ts'),
  ]),
  ['content: names and one-liners (conditions, tips, red flags, sources…)', (r) => r.file.startsWith('src/content/') && !/-details\.ts$/.test(r.file)],
  ['content: longer texts (condition-details, tip-details)', (r) => /src\/content\/.*-details\.ts$/.test(r.file)],
  ['all styles (*.styles.ts, shared included)', (r) => r.file.endsWith('styles.ts')],
  ['all content (src/content)', (r) => r.file.startsWith('src/content/')],
  ['<shoe-mileage> and <training-load>, whole', (r) => /^src\/(shoe-mileage|training-load)\//.test(r.file)],
  ['…and all content too', (r) => /^src\/(shoe-mileage|training-load|content)\//.test(r.file)],
];

console.log(`${FILE}: ${kb(whole)} gzip, ${kb(code.length)} raw\n`);
console.log(`${'Without…'.padEnd(72)}  saves gzip       raw    leaves`);
for (const [name, pick] of groups) {
  const {saved, raw} = without(pick);
  console.log(`${name.padEnd(72)} ${kb(saved).padStart(9)} ${kb(raw).padStart(9)} ${kb(whole - saved).padStart(9)}`);
}

const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const labels = [...new Set(ranges.filter((r) => r.file.startsWith('src/')).map((r) => r.label))];
const rows = labels.map((label) => ({label, ...without((r) => r.label === label)})).sort((a, b) => b.saved - a.saved);
console.log(`\nThe ${top} largest declarations (--top N for more):`);
for (const {label, saved, raw} of rows.slice(0, top)) console.log(`${label.padEnd(72)} ${kb(saved).padStart(9)} ${kb(raw).padStart(9)}`);
