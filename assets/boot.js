// Starts the app without an inline script (see the CSP in index.html). Three apps share
// this page; the data-* names come from Trunk.toml's pattern_script: /chi-bo… runs the
// cell's, /in/… the print views, the rest the member's. A link to another app loads the
// page anew (its router must not catch it), and that app then focuses its heading.
const d = document.querySelector('script[data-app-js]').dataset;
const app = (p) => (/^\/chi-bo(\/|$)/.test(p) ? 'cell' : /^\/in\//.test(p) ? 'print' : 'app');
const mine = app(location.pathname);
addEventListener('click', (e) => {
  const a = e.target.closest?.('a[href]');
  if (a && !a.target && !a.hasAttribute('download') && a.origin === location.origin && app(a.pathname) !== mine) {
    e.stopPropagation();
    sessionStorage.setItem('kiemdiem/focus', '1');
  }
}, true);
if (mine !== 'app') document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: d[mine + 'Css'] }));
try {
  const { default: init } = await import(d[mine + 'Js']);
  await init({ module_or_path: d[mine + 'Wasm'] });
} catch (error) {
  document.getElementById('boot-error')?.removeAttribute('hidden');
  throw error;
}
