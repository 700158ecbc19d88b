import {readFileSync, readdirSync} from 'node:fs';
import type {Plugin} from 'vite';

/**
 * The folder of the npm package a bundled module comes from (`…/node_modules/@lit/localize`), or undefined
 * for our own: the last `node_modules` in its path, so a package nested in another's is itself.
 */
const packageDir = (id: string): string | undefined =>
  /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1];

const read = (path: string) => readFileSync(path, 'utf8');
type Manifest = {name: string; version: string; license: string; repository?: string | {url: string}};
const manifest = (dir: string): Manifest => JSON.parse(read(`${dir}/package.json`));

/** A package's license text, from its LICENSE, LICENCE, LICENSE.md, license.txt…; the build stops without one. */
function licenseText(dir: string): string {
  const file = readdirSync(dir).find((name) => /^licen[cs]e(\.\w+)?$/i.test(name));
  if (!file) throw new Error(`${manifest(dir).name} (${dir}) has no license file, and its code is compiled into the built files: its notice must come with them`);
  return read(`${dir}/${file}`).trim();
}

/**
 * A package's project and who holds its copyright, for the one-line notice: the name of its repository
 * (lit, lit-html, lit-element, @lit/reactive-element and @lit/localize all come from lit/lit) and the
 * holder in its license's copyright line, without the year ("Google LLC"), where it has one.
 */
function origin(dir: string): string {
  const {name, repository, license} = manifest(dir);
  const url = typeof repository === 'string' ? repository : (repository?.url ?? name);
  const project = /([^/:]+?)(?:\.git)?$/.exec(url)![1]!.toLowerCase();
  const holder = /^Copyright (?:\(c\) )?[\d, -]*(.+?)\.?(?: All rights reserved\.)?$/im.exec(licenseText(dir))?.[1];
  return `${project} (${license}${holder ? `, ${holder}` : ''})`;
}

/**
 * Build-only: the license notices a copy of the built files must carry. The one-file bundle and the
 * widget chunks have Lit and @lit/localize compiled in (BSD-3-Clause, which asks for its notice to come
 * with every copy, minified ones too), and our own code is MIT. The minifier drops every comment, so:
 * - each built file with code from another package starts with a one-line notice naming the packages,
 *   their license and where the texts are; a page that serves the file alone still names them;
 * - `LICENSES.txt` beside the build's files (dist/, dist/widgets/) has the full texts: ours, then each
 *   bundled package's own LICENSE, with its version.
 * Files with only our code (the translations) carry no notice: LICENSES.txt covers them.
 */
export function licenses(): Plugin {
  const own = manifest('.');
  // Each package's folder, in the order of their names.
  const packagesIn = (moduleIds: readonly string[]) =>
    [...new Set(moduleIds.map(packageDir).filter((dir) => dir !== undefined))].sort((a, b) => manifest(a).name.localeCompare(manifest(b).name));
  return {
    name: 'knee-widgets:licenses',
    apply: 'build',
    outputOptions(options) {
      return {
        ...options,
        // After minification, so that the comment stays (and the source map is shifted for it).
        // None at all (undefined) for a file with only our code: rolldown writes an empty string's line
        // break, which put an empty first line in each of those files and moved its source map a line down.
        postBanner: (chunk) => {
          const dirs = packagesIn(chunk.moduleIds);
          if (!dirs.length) return undefined as unknown as string;
          return `/*! ${own.name} ${own.version} (${own.license}) with ${[...new Set(dirs.map(origin))].join(', ')}; see LICENSES.txt */`;
        },
      };
    },
    generateBundle(_options, bundle) {
      const bundled = packagesIn(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? file.moduleIds : [])));
      const texts = [
        `${own.name} ${own.version}\n\n${read('LICENSE').trim()}`,
        ...bundled.map((dir) => `${manifest(dir).name} ${manifest(dir).version} (compiled into the built files)\n\n${licenseText(dir)}`),
      ];
      this.emitFile({type: 'asset', fileName: 'LICENSES.txt', source: `${texts.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`});
    },
  };
}
