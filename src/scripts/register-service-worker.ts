// Offline use is an extra: if the service worker cannot register (blocked,
// unsupported, file://), the handbook works exactly the same online.
if ("serviceWorker" in navigator) {
  const siteRoot = new URL("../", import.meta.url);
  navigator.serviceWorker.register(new URL("sw.js", siteRoot), { scope: siteRoot.pathname }).catch(() => undefined);
}
