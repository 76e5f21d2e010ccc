// Starts the app from a file of its own rather than an inline script, so that the
// Content-Security-Policy in index.html needs no 'unsafe-inline'. Trunk writes the hashed
// names of the JS glue and the wasm file into this script tag's data attributes
// (see pattern_script in Trunk.toml). There are two apps: the cell workspace under
// /chi-bo, and the member's app everywhere else; each page loads only its own.
const tag = document.querySelector('script[data-app-js]');
const cell = /^\/chi-bo(\/|$)/.test(location.pathname);
const js = cell ? tag.dataset.cellJs : tag.dataset.appJs;
const wasm = cell ? tag.dataset.cellWasm : tag.dataset.appWasm;
try {
  const { default: init } = await import(js);
  await init({ module_or_path: wasm });
} catch (error) {
  document.getElementById('boot-error')?.removeAttribute('hidden');
  throw error;
}
