// Serves a built dist/ on 127.0.0.1 the way a static host with an SPA fallback would:
// real files as they are, any other path as index.html (so /ban-nhap survives a reload).
// With COMPRESSED=1 it serves the build's precompressed .br (or .gz) copy when the browser
// accepts it, as README "Deploying" asks of a host (Lighthouse is run that way).
// Used by the end-to-end tests and the benchmark; no dependency beyond Node itself.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST ?? new URL('../../dist', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

async function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (candidate.startsWith(root)) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {}
  }
  return join(root, 'index.html');
}

createServer(async (req, res) => {
  try {
    const file = await fileFor(req.url ?? '/');
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    let body = null;
    if (process.env.COMPRESSED) {
      const accepts = String(req.headers['accept-encoding'] ?? '');
      for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!body && accepts.includes(encoding)) {
          body = await readFile(file + ext).catch(() => null);
          if (body) Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
        }
      }
    }
    body ??= await readFile(file);
    res.writeHead(200, headers);
    res.end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(String(error));
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}/`);
});
