import { TargetType, type Page } from "puppeteer-core";

/**
 * Cuts the page and every service worker of its browser context off the
 * network, or reconnects them, and says so to the page (navigator.onLine).
 * Puppeteer's `page.setOfflineMode` alone does not reach the worker, whose
 * fetches would still succeed.
 */
export async function setOffline(page: Page, offline: boolean): Promise<void> {
  await page.setOfflineMode(offline);
  // Since Chromium 150 the network emulation leaves navigator.onLine and its events alone: the page is told
  // here, now and in every document it loads next.
  // A string, not a function: the test runner's transpiler would add helpers the page lacks.
  const tell = `Object.defineProperty(Navigator.prototype, "onLine", { get() { return ${!offline}; }, configurable: true });`;
  await page.evaluateOnNewDocument(tell);
  await page.evaluate(`${tell} window.dispatchEvent(new Event("${offline ? "offline" : "online"}"));`);
  const workers = page
    .browserContext()
    .targets()
    .filter((target) => target.type() === TargetType.SERVICE_WORKER);
  if (offline && workers.length === 0) throw new Error("no service worker runs in this context");
  for (const target of workers) {
    const session = await target.createCDPSession();
    await session.send("Network.enable");
    await session.send("Network.emulateNetworkConditions", {
      offline,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
}
