/**
 * Runs in the preview's pages only (never in the built site): after every
 * load, asks the dev server how the last build went and, when it failed,
 * shows every problem over the last good page. Built with DOM methods and
 * CSSOM so the site's CSP (no inline styles, Trusted Types) allows it.
 */
import { DEV_ROUTES, type DevStatus } from "./status.ts";

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

async function showStatus(): Promise<void> {
  const response = await fetch(new URL(`../${DEV_ROUTES.status}`, import.meta.url), { cache: "no-store" });
  const status = (await response.json()) as DevStatus;
  document.getElementById(OVERLAY_ID)?.remove();
  if (status.state !== "ok") document.body.append(overlay(status));
}

void showStatus();
