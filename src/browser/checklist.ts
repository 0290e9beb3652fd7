/**
 * Pathway checklists: ticks persist in localStorage per pathway, "Tyhjennä
 * rastit" clears them, "Tulosta suunnitelma" prints. Only which boxes are
 * ticked is stored — nothing about the client. Without JavaScript the boxes
 * still render and print; the two buttons stay hidden.
 */
const STORAGE_PREFIX = "kasikirja:polku:";

for (const list of document.querySelectorAll<HTMLElement>("[data-checklist]")) {
  const key = STORAGE_PREFIX + list.dataset.checklist;
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  const load = (): Set<string> => {
    try {
      return new Set(JSON.parse(localStorage.getItem(key) ?? "[]") as string[]);
    } catch {
      return new Set();
    }
  };
  const save = () => {
    const ticked = boxes.filter((box) => box.checked).map((box) => box.name);
    try {
      if (ticked.length) localStorage.setItem(key, JSON.stringify(ticked));
      else localStorage.removeItem(key);
    } catch {
      // Storage blocked or full: the ticks still work for this visit.
    }
  };

  const ticked = load();
  for (const box of boxes) box.checked = ticked.has(box.name);
  list.addEventListener("change", save);
  list.querySelector("[data-clear]")?.addEventListener("click", () => {
    for (const box of boxes) box.checked = false;
    save();
  });
  list.querySelector("[data-print]")?.addEventListener("click", () => window.print());
  list.querySelector<HTMLElement>(".checklist__buttons")?.removeAttribute("hidden");
}
