// Starts the app from a file of its own rather than an inline script, so that the
// Content-Security-Policy in index.html needs no 'unsafe-inline'. Trunk writes the hashed
// names of the JS glue and the wasm file into this script tag's data attributes
// (see pattern_script in Trunk.toml).
const tag = document.querySelector('script[data-app-js]');
try {
  const { default: init } = await import(tag.dataset.appJs);
  await init({ module_or_path: tag.dataset.appWasm });
} catch (error) {
  document.getElementById('boot-error')?.removeAttribute('hidden');
  throw error;
}
