// Offline use is an extra: if the service worker cannot register (blocked,
// unsupported, file://), the handbook works exactly the same online.
import { watchForNewerBuild } from "./newer-build.ts";
import { showSavedDateOffline } from "./saved-copy.ts";

/** The slice of the Trusted Types API this needs (TypeScript's DOM types do not have it yet). */
interface ScriptUrlPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

if ("serviceWorker" in navigator) {
  const siteRoot = new URL("../", import.meta.url);
  const workerUrl = new URL("sw.js", siteRoot).href;
  // Under the CSP's require-trusted-types-for 'script', register() takes only a
  // TrustedScriptURL: a policy that vouches for our own worker and nothing else.
  const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  const policy = factory?.createPolicy("service-worker", {
    createScriptURL: (url) => {
      if (url !== workerUrl) throw new TypeError(`not the handbook's service worker: ${url}`);
      return url;
    },
  });
  const scriptUrl = (policy?.createScriptURL(workerUrl) ?? workerUrl) as string;
  navigator.serviceWorker.register(scriptUrl, { scope: siteRoot.pathname }).then(watchForNewerBuild, () => undefined);
  showSavedDateOffline();
}
