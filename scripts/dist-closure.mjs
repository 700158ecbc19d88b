// What a page downloads when it loads one built module: the file and every module it imports
// statically (not the translation chunks it imports on demand), each with its raw and gzip size.
// Used by `npm run bench`, by scripts/integrity.mjs (with dynamicImports) and, through the test runner's `dist-closure` command, by the tests.
import {readFileSync} from 'node:fs';
import {posix, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

/** The static import specifiers of a built (minified) ES module, as written. */
export function staticImports(text) {
  return [...text.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? m[2]);
}

/** The specifiers a built module imports on demand (its translations), as written: `import("./x.js")`. */
export function dynamicImports(text) {
  return [...text.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((m) => m[1]);
}

/**
 * `file` (a path under `dir`) and everything it imports statically, in load order:
 * `[{path, raw, gzip, imports}]` with paths relative to `dir`. Throws on an import that is not a
 * relative path inside `dir`: a built file must need nothing else.
 */
export function staticClosure(dir, file) {
  const files = new Map();
  const visit = (path) => {
    if (files.has(path)) return;
    const bytes = readFileSync(resolve(dir, path));
    const entry = {path, raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length, imports: []};
    files.set(path, entry);
    for (const spec of staticImports(bytes.toString('utf8'))) {
      const target = posix.normalize(posix.join(posix.dirname(path), spec));
      if (!/^\.\.?\//.test(spec) || target.startsWith('..')) throw new Error(`${path} imports ${spec}, outside ${dir}`);
      entry.imports.push(target);
      visit(target);
    }
  };
  visit(file);
  return [...files.values()];
}
