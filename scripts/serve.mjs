// A tiny static file server over the project folder, for the screenshot and benchmark scripts.
// Extra routes can be given as {path: () => html}.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {'.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml'};

export async function serve(routes = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const route = routes[url.pathname];
    if (route) {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      res.end(route(url));
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      let body = await readFile(file);
      const headers = {'content-type': types[extname(file)] ?? 'application/octet-stream'};
      // Serve like a CDN would: compressed text, and hashed build assets cached for good.
      if (/\.(js|css|html|svg|json|map)$/.test(file) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      if (/[\\/]assets[\\/]/.test(file)) headers['cache-control'] = 'public, max-age=31536000, immutable';
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r))};
}
