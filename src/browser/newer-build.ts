/**
 * A page an older build made says so once a newer build is deployed. On load,
 * when the tab is shown again and when the network returns, the service worker
 * is asked to update; if the newest worker holds another build than the page
 * came from, the notice at the window's foot appears: its text goes into a
 * live region that is in the HTML from the start (so it is announced, once),
 * beside a button that reloads. Focus stays where it is, and the notice takes
 * its room below the footer, so nothing on the page moves.
 */
import { BUILD_QUESTION } from "./build-question.ts";
import { t } from "./ui-text.ts";

/** Longer than a worker ever takes to answer; the editing loop's worker never does. */
const ANSWER_WAIT_MS = 5000;

export function watchForNewerBuild(registration: ServiceWorkerRegistration): void {
  const pageBuild = document.documentElement.dataset.build;
  const notice = document.querySelector<HTMLElement>("[data-newer-build]");
  const status = notice?.querySelector<HTMLElement>("[role=status]");
  if (!pageBuild || !notice || !status) return;
  let shown = false;
  const check = async () => {
    if (shown) return;
    const newest = await newestBuild(registration);
    if (shown || newest === undefined || newest === pageBuild) return;
    shown = true;
    const reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = t("newerBuild.reload");
    reload.addEventListener("click", () => location.reload());
    notice.dataset.shown = "";
    status.textContent = t("newerBuild.notice");
    notice.append(reload);
  };
  void check();
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && void check());
  window.addEventListener("online", () => void check());
  // Back and forward restore a page as it was, perhaps from before a deploy.
  window.addEventListener("pageshow", (event) => event.persisted && void check());
}

/**
 * The build of the newest worker, after asking the host for a newer one;
 * undefined when that cannot be known (offline, or a new worker's install
 * failed: the active one may then be older than the page).
 */
async function newestBuild(registration: ServiceWorkerRegistration): Promise<string | undefined> {
  try {
    await registration.update();
  } catch {
    return undefined;
  }
  const pending = registration.installing ?? registration.waiting;
  if (pending && (await settled(pending)) === "redundant") return undefined;
  return registration.active ? askBuild(registration.active) : undefined;
}

/** Resolves with "activated", or "redundant" when the worker's install failed. */
function settled(worker: ServiceWorker): Promise<ServiceWorkerState> {
  return new Promise((done) => {
    const check = () => (worker.state === "activated" || worker.state === "redundant") && done(worker.state);
    worker.addEventListener("statechange", check);
    check();
  });
}

function askBuild(worker: ServiceWorker): Promise<string | undefined> {
  return new Promise((done) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => done(undefined), ANSWER_WAIT_MS);
    channel.port1.onmessage = ({ data }: MessageEvent<unknown>) => {
      clearTimeout(timer);
      done(typeof data === "string" ? data : undefined);
    };
    worker.postMessage(BUILD_QUESTION, [channel.port2]);
  });
}
