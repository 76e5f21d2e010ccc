// Starts the app without an inline script (see the CSP in index.html). The data-* names
// come from Trunk.toml's pattern_script: /chi-bo… runs the cell app, the rest the member's.
const d = document.querySelector('script[data-app-js]').dataset;
const cell = /^\/chi-bo(\/|$)/.test(location.pathname);
if (cell) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: d.cellCss }));
try {
  const { default: init } = await import(cell ? d.cellJs : d.appJs);
  await init({ module_or_path: cell ? d.cellWasm : d.appWasm });
} catch (error) {
  document.getElementById('boot-error')?.removeAttribute('hidden');
  throw error;
}
