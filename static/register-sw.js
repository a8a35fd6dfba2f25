// Registers the service worker (static/sw.js) and tells the app when a newer
// version of the site has been installed beside the running one: it marks
// <html data-update="ready"> and sends the window a "plan-tracker-update"
// event, and the app shows its notice (src/ui/about.rs). The notice's button
// sends "plan-tracker-reload": the new worker takes over and the page
// reloads. Nothing reloads without that click. Pages opened from a file
// (file://) have no service worker.
(() => {
  const sw = navigator.serviceWorker;
  if (!sw || !/^https?:$/.test(location.protocol)) return;
  const announce = () => {
    if (document.documentElement.dataset.update) return;
    document.documentElement.dataset.update = 'ready';
    window.dispatchEvent(new Event('plan-tracker-update'));
  };
  // A worker that has installed while another one runs this page is a new version.
  const watch = (worker) => {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && sw.controller) announce();
    });
  };
  window.addEventListener('load', () => {
    sw.register('sw.js').then(
      (reg) => {
        // A browser that keeps service workers out may give no registration.
        if (!reg) return;
        if (reg.waiting && sw.controller) announce();
        watch(reg.installing);
        reg.addEventListener('updatefound', () => watch(reg.installing));
      },
      (e) => console.warn('Plan Tracker: no offline copy:', e),
    );
  });
  window.addEventListener('plan-tracker-reload', () => {
    sw.getRegistration().then((reg) => {
      if (reg && reg.waiting) {
        sw.addEventListener('controllerchange', () => location.reload());
        reg.waiting.postMessage('skip-waiting');
      } else {
        location.reload();
      }
    });
  });
})();
