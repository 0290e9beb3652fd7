/**
 * Offline, the footer says when this device saved the page: the Date header
 * of the copy the service worker stored, which is when the host sent it.
 * Online, the line is hidden again.
 */
import { finnishDate } from "../../lib/finnish-date.ts";
import { t } from "./ui-text.ts";

export function showSavedDateOffline(): void {
  const line = document.querySelector<HTMLElement>("[data-saved-copy]");
  if (!line) return;
  const update = async () => {
    const saved = navigator.onLine ? undefined : await savedOn();
    if (saved) line.textContent = t("footer.savedOffline", { date: finnishDate(saved) });
    line.hidden = saved === undefined;
  };
  void update();
  window.addEventListener("offline", () => void update());
  window.addEventListener("online", () => void update());
}

/** The local day the stored copy of this page was fetched, YYYY-MM-DD; undefined when none is stored. */
async function savedOn(): Promise<string | undefined> {
  const stored = await caches.match(location.href, { ignoreSearch: true }).catch(() => undefined);
  const sent = stored?.headers.get("date");
  const date = sent ? new Date(sent) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
