// Picks and starts one of the apps by the path; see README "Several apps, one page".
const d = document.querySelector('script[data-app-js]').dataset;
// The wasm entries and the addresses each answers, from assets/apps.json (written in by
// .ci/hash-cell.mjs); the member's front, Trunk's main entry, answers the rest.
const apps = JSON.parse(d.apps || '[]').map((a) => ({ ...a, re: a.path && new RegExp(a.path) }));
const front = { app: 'app', js: d.appJs, wasm: d.appWasm, sheets: [] };
// Whether the browser keeps data: the cell's first screen is an entry of its own only then,
// as a new workspace must cross a reload into the workspace's entry (src/cell/mod.rs).
let kept;
const keeps = () => (kept ??= (() => {
  try { localStorage.setItem('kiemdiem/probe', '1'); localStorage.removeItem('kiemdiem/probe'); return true; } catch { return false; }
})());
const app = (p) => apps.find((a) => a.re && a.re.test(p) && (!a.keeps || keeps())) ?? front;
const mine = app(location.pathname);
addEventListener('click', (e) => {
  const a = e.target.closest?.('a[href]');
  if (a && !a.target && !a.hasAttribute('download') && a.origin === location.origin && app(a.pathname) !== mine) {
    e.stopPropagation();
    // As src/nav.rs's go_to_other_app: the next app focuses its heading (without a ring
    // after a tap), and a print view's "Quay lại" returns here.
    sessionStorage.setItem('kiemdiem/focus', document.documentElement.hasAttribute('data-pointer') ? 'pointer' : '1');
    sessionStorage.setItem('kiemdiem/came-from', location.pathname + location.search);
  }
}, true);
// The Word and Excel writer, fetched and started the first time a file is asked for
// (src/files/office.rs): no app's first load carries it.
const writer = apps.find((a) => a.app === 'office');
let office;
window.kiemdiemOffice = () => (office ??= import(writer.js).then(async (m) => {
  await m.default({ module_or_path: writer.wasm });
  return m;
}).catch((e) => { office = undefined; throw e; }));
for (const href of mine.sheets) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
try {
  // The wasm is asked for now, beside its glue script, not after it: one round trip less
  // before the first screen on a slow network.
  const wasm = fetch(mine.wasm);
  wasm.catch(() => {});
  const { default: init } = await import(mine.js);
  await init({ module_or_path: wasm });
  // The app has drawn its first screen in this same task: the placeholder goes before the
  // next paint, so nothing flashes.
  document.getElementById('khung-tai')?.remove();
} catch (error) {
  document.getElementById('khung-tai')?.remove();
  document.getElementById('boot-error')?.removeAttribute('hidden');
  throw error;
}

// Offline after the first visit (sw.js, generated at build time by workbox-build from
// dist/: README "Offline and updates"). A new version installs in the background and
// waits; the app shows "Đã có phiên bản mới" (src/components/update_notice.rs) and, when
// the user asks, writes every draft and sends "kiemdiem-apply-update": only then does the
// new version take over and the page reload. It never reloads on its own.
if ('serviceWorker' in navigator) {
  const announce = () => {
    document.documentElement.setAttribute('data-update', '');
    dispatchEvent(new Event('kiemdiem-update'));
  };
  navigator.serviceWorker.register('/sw.js').then((reg) => {
    const watch = (worker) => worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
    });
    if (reg.waiting && navigator.serviceWorker.controller) announce();
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
    // A page left open for days still hears of a new version when it is looked at again.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') reg.update().catch(() => {});
    });
    addEventListener('kiemdiem-apply-update', () => {
      if (!reg.waiting) { location.reload(); return; }
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      reg.waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  }).catch(() => {});
}
