// Picks and starts one of the apps by the path; see README "Several apps, one page".
const d = document.querySelector('script[data-app-js]').dataset;
const app = (p) => (/^\/chi-bo(\/|$)/.test(p) ? 'cell'
  : /^\/dang-uy\/[^/]+\/bo-tieu-chi\/?$/.test(p) ? 'pack'
  : /^\/dang-uy(\/|$)/.test(p) ? 'committee'
  : /^\/in\//.test(p) ? 'print' : 'app');
// The committee's screens reuse the cell's tables, import box and fields.
const sheets = { cell: ['cell'], committee: ['cell', 'committee'], pack: ['cell', 'committee'], print: ['print'], app: [] };
const mine = app(location.pathname);
addEventListener('click', (e) => {
  const a = e.target.closest?.('a[href]');
  if (a && !a.target && !a.hasAttribute('download') && a.origin === location.origin && app(a.pathname) !== mine) {
    e.stopPropagation();
    sessionStorage.setItem('kiemdiem/focus', '1');
  }
}, true);
for (const sheet of sheets[mine]) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: d[sheet + 'Css'] }));
try {
  const { default: init } = await import(d[mine + 'Js']);
  await init({ module_or_path: d[mine + 'Wasm'] });
} catch (error) {
  document.getElementById('boot-error')?.removeAttribute('hidden');
  throw error;
}
