/**
 * Runs in the editing loop's pages only (never in the built site): listens
 * to the dev server's event stream and keeps the tab at the site's latest
 * version: reloads when the pages changed, swaps the stylesheet in place
 * when only it changed, and, when a build failed, shows every problem over
 * the last good page. Built with DOM methods and CSSOM so the site's CSP (no
 * inline styles, Trusted Types) allows it.
 */
import { DEV_ROUTES, type DevState, type DevStatus, type SiteVersion } from "./status.ts";

const OVERLAY_ID = "dev-build-problems";

/** Finnish first, English after: the editors' language, and the tooling's. */
const TEXT = {
  contentTitle: ["Sisällössä on virheitä", "Content has errors"],
  buildTitle: ["Sivuston rakentaminen epäonnistui", "The site failed to build"],
  explanation: [
    "Sivu näyttää viimeisimmän toimivan version. Korjaa kohdat ja tallenna: ilmoitus poistuu, kun kaikki on kunnossa.",
    "The page shows the last good build. Fix these places and save: this notice goes away when all is well.",
  ],
  hide: ["Piilota", "Hide"],
} as const;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  lang?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (lang) node.lang = lang;
  return node;
}

/** "Finnish · English" as two spans, so a screen reader switches language. */
function bilingual<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  [fi, en]: readonly [string, string],
): HTMLElementTagNameMap[K] {
  const node = element(tag);
  node.append(element("span", fi, "fi"), " · ", element("span", en, "en"));
  return node;
}

function overlay(status: Exclude<DevStatus, { state: "ok" }>): HTMLElement {
  const section = element("section");
  section.id = OVERLAY_ID;
  section.setAttribute("role", "alert");
  section.setAttribute("aria-labelledby", `${OVERLAY_ID}-title`);
  const title = bilingual("h2", status.state === "content-problems" ? TEXT.contentTitle : TEXT.buildTitle);
  title.id = `${OVERLAY_ID}-title`;
  const list = element("ol");
  const lines = status.state === "content-problems" ? status.problems : [status.error];
  for (const line of lines) {
    const item = element("li");
    item.append(element("code", line));
    list.append(item);
  }
  const hide = bilingual("button", TEXT.hide);
  hide.type = "button";
  hide.addEventListener("click", () => section.remove());
  section.append(title, bilingual("p", TEXT.explanation), list, hide);
  Object.assign(section.style, {
    position: "fixed",
    insetInline: "0",
    bottom: "0",
    zIndex: "2147483647",
    maxHeight: "60vh",
    overflow: "auto",
    padding: "1rem 1.5rem",
    background: "Canvas",
    color: "CanvasText",
    borderTop: "0.5rem solid #b00020",
    boxShadow: "0 -0.25rem 1rem rgb(0 0 0 / 0.3)",
    font: "1rem/1.5 system-ui, sans-serif",
  });
  list.style.paddingInlineStart = "1.5rem";
  for (const code of list.querySelectorAll("code"))
    Object.assign(code.style, { whiteSpace: "pre-wrap", overflowWrap: "anywhere" });
  return section;
}

function showStatus(status: DevStatus): void {
  document.getElementById(OVERLAY_ID)?.remove();
  if (status.state !== "ok") document.body.append(overlay(status));
}

/** A stylesheet link's version: the one in its URL, 0 for the page's own. */
const linkVersion = (link: HTMLLinkElement) => Number(new URL(link.href).searchParams.get("styles"));
const stylesheets = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];

/** Loads each stylesheet again, removing older copies only once the new one applies: no flash, no jump. */
function swapStylesheets(version: number): void {
  const newest = new Map<string, HTMLLinkElement>();
  for (const link of stylesheets()) newest.set(new URL(link.href).pathname, link);
  for (const [pathname, link] of newest) {
    const next = link.cloneNode() as HTMLLinkElement;
    const url = new URL(link.href);
    url.searchParams.set("styles", String(version));
    next.href = url.href;
    next.addEventListener("load", () => {
      for (const old of stylesheets())
        if (new URL(old.href).pathname === pathname && linkVersion(old) < version) old.remove();
    });
    link.after(next);
  }
}

// The version this page was served from, stamped on this script's URL by the dev server.
const stamp = new URL(import.meta.url).searchParams;
const shown: { -readonly [K in keyof SiteVersion]: SiteVersion[K] } = {
  run: stamp.get("run") ?? "",
  pages: Number(stamp.get("pages")),
  styles: Number(stamp.get("styles")),
};

const events = new EventSource(new URL(`../${DEV_ROUTES.events}`, import.meta.url));
events.addEventListener("message", (event: MessageEvent<string>) => {
  const state = JSON.parse(event.data) as DevState;
  if (state.run !== shown.run || state.pages !== shown.pages) {
    events.close();
    location.reload();
    return;
  }
  if (state.styles !== shown.styles) {
    shown.styles = state.styles;
    swapStylesheets(state.styles);
  }
  showStatus(state.status);
});
