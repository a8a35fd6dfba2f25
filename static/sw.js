// Plan Tracker's service worker: keeps the app's own files so that the page
// opens and works with the network off after one visit (the plans themselves
// are in the browser's local storage already).
//
// scripts/offline.mjs writes the two constants below after each build: the
// app's version with the build's id, and every file of the site. A new build
// is a new worker (its text differs), which installs beside the running one
// and waits; the page then says that a new version is ready, and only the
// user's click on "Reload" lets it take over (never a reload by itself).
const VERSION = '@VERSION@';
const FILES = ['@FILES@'];

// One cache per site and version: two sites under one host (two sub-paths)
// keep their own files.
const PREFIX = `plan-tracker ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', self.registration.scope).href;

// cache: 'no-cache' asks the server whether the browser's copy is this
// build's (a conditional request) and downloads only a file that is not:
// the page has just loaded the app's wasm, script and style sheet, which
// are then not downloaded a second time.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page's "Reload" button: the waiting worker takes over, then the page reloads.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The app's pages are index.html with a query (?view=tasks …), at the
  // site's root or by name; any other address is a file of its own.
  const page =
    request.mode === 'navigate' && (url.href.split(/[?#]/)[0] === self.registration.scope || url.pathname === new URL(INDEX).pathname);
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(page ? INDEX : request, { ignoreSearch: page }))
      .then((hit) => hit || fetch(request)),
  );
});
