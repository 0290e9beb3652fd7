/**
 * Checks that run inside the page (bundled by test/helpers/probes.ts and
 * injected into Chromium): each returns the problems it found as readable
 * strings, so one page visit can run several checks and report them all.
 */

/** Where an element is, for messages: `li > label#nyt-… "Käynnistä monialaisen…"`. */
export function describe(element: Element): string {
  const name = (e: Element) =>
    e.tagName.toLowerCase() + (e.id ? `#${e.id}` : "") + (e.classList.length ? `.${[...e.classList].join(".")}` : "");
  const label = (element.textContent ?? "")
    .replace(/\u00AD/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 40);
  return `${element.parentElement ? `${name(element.parentElement)} > ` : ""}${name(element)}${label ? ` "${label}"` : ""}`;
}

/** Visually hidden on purpose (the screen-reader-only pattern), or not rendered at all. */
function isHidden(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.display === "none" || style.visibility === "hidden") return true;
    if (style.clipPath === "inset(50%)" || (style.position === "absolute" && e.getBoundingClientRect().width <= 1))
      return true;
  }
  return false;
}

/**
 * WCAG 1.4.10 Reflow: no horizontal scrolling, and no text cut off — every
 * line of text lies inside the viewport and inside any box that clips it.
 * `width` is the layout's width where a zoom makes it differ from the
 * viewport's (test/helpers/engines/webkit.ts).
 */
export function reflowProblems(width = document.documentElement.clientWidth): string[] {
  const problems: string[] = [];
  const { scrollWidth, clientWidth } = document.documentElement;
  if (scrollWidth > clientWidth) {
    problems.push(`the page scrolls sideways: ${scrollWidth} px wide in a ${clientWidth} px viewport`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest("script, style, noscript, template")) continue;
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (rects.length === 0 || isHidden(parent)) continue;
    const right = Math.max(...rects.map((r) => r.right));
    const left = Math.min(...rects.map((r) => r.left));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    if (right > width + 1 || left < -1)
      problems.push(`text outside the viewport (${Math.round(left)}–${Math.round(right)} px): ${describe(parent)}`);
    // A box that hides its overflow cuts off text that grew past it (wider words, taller lines).
    for (let box = parent; box && box !== document.body; box = box.parentElement!) {
      const { overflowX, overflowY } = getComputedStyle(box);
      const edge = box.getBoundingClientRect();
      if (overflowX !== "visible" && right > edge.right + 1)
        problems.push(`text cut off at the side by ${describe(box)} (overflow ${overflowX}): ${describe(parent)}`);
      if (overflowY !== "visible" && bottom > edge.bottom + 1)
        problems.push(`text cut off at the bottom by ${describe(box)} (overflow ${overflowY}): ${describe(parent)}`);
    }
  }
  return [...new Set(problems)];
}

/** WCAG 1.4.12 Text spacing, as the W3C's bookmarklet applies it. */
export function applyTextSpacing(): void {
  const style = document.createElement("style");
  style.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }`;
  document.head.append(style);
}

/** An editor's unbroken 60-letter word, appended to the page's first action (or, failing that, its first paragraph). */
export function injectLongWord(): string {
  const word = "Työkykykoordinaattoripalveluverkostoyhteistyösuunnitelmapohja".slice(0, 60);
  const target = [".checks label", ".actions li", ".action-refs p", "main li", "main p", "main dd", "main h1"]
    .map((selector) => document.querySelector(selector))
    .find((element) => element !== null);
  if (!target) return "";
  target.append(` ${word}`);
  return describe(target);
}

/** What Tab can reach, in document order: the sequence a keyboard user should meet. */
export function focusables(): Element[] {
  const selector =
    "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select, textarea, summary, [tabindex]";
  return [...document.querySelectorAll(selector)].filter((e) => {
    if (e.getAttribute("tabindex") === "-1") return false;
    if (isHidden(e) && !e.classList.contains("skip-link")) return false;
    // Inside a closed <details>, only the summary is reachable.
    const details = e.closest("details");
    if (details && !details.open && e.parentElement !== details) return false;
    // Of a radio group, Tab reaches one radio (the checked one, or the first).
    if (e instanceof HTMLInputElement && e.type === "radio") {
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${e.name}"]`)];
      return e === (group.find((r) => r.checked) ?? group[0]);
    }
    return true;
  });
}

/** A name for each element Tab should reach, unique on the page: its place in the sequence and what it is. */
const keyOf = (element: Element) =>
  `${(element as HTMLElement).dataset.tabStop ?? "(not expected)"} ${describe(element)}`;

/** Numbers the elements Tab should reach (so that focusReport can name them cheaply) and returns their keys. */
export function focusableKeys(): string[] {
  return focusables().map((element, index) => {
    (element as HTMLElement).dataset.tabStop = String(index + 1);
    return keyOf(element);
  });
}

type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
  return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first opaque background behind an element (its own excluded: an outline is drawn outside it). */
function backgroundBehind(element: Element): Rgba {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const colour = parseColour(getComputedStyle(e).backgroundColor);
    if (colour[3] > 0.5) return colour;
  }
  return parseColour(getComputedStyle(document.documentElement).backgroundColor || "rgb(255,255,255)");
}

/**
 * The focused element, checked the way WCAG 2.2 asks: on screen and not
 * entirely covered by anything (2.4.11), with a visible indicator of at least
 * 3:1 against what surrounds it (2.4.7, 1.4.11).
 */
export function focusReport(): { key: string; problems: string[] } {
  const element = document.activeElement;
  if (!element || element === document.body) return { key: "(body)", problems: [] };
  const problems: string[] = [];
  const box = element.getBoundingClientRect();
  const inset = Math.min(4, box.width / 4, box.height / 4);
  const points: Array<[number, number]> = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + inset, box.top + inset],
    [box.right - inset, box.top + inset],
    [box.left + inset, box.bottom - inset],
    [box.right - inset, box.bottom - inset],
  ];
  const visible = points.filter(([x, y]) => {
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return (
      hit !== null &&
      (hit === element ||
        element.contains(hit) ||
        hit.contains(element) ||
        (hit as HTMLLabelElement).control === element)
    );
  });
  if (visible.length === 0)
    problems.push(`2.4.11 focused element hidden (off screen or covered): ${describe(element)}`);

  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === "none" || width < 2) {
    problems.push(`2.4.7 no focus outline (${style.outlineStyle} ${style.outlineWidth}): ${describe(element)}`);
  } else {
    const ratio = contrast(parseColour(style.outlineColor), backgroundBehind(element));
    if (ratio < 3) problems.push(`1.4.11 focus outline contrast ${ratio.toFixed(2)}:1 < 3:1: ${describe(element)}`);
  }
  return { key: keyOf(element), problems };
}

/** A target of a pointer: what a reader clicks or taps, as opposed to the text around it. */
function isInlineInText(element: Element): boolean {
  if (getComputedStyle(element).display !== "inline") return false;
  const block = element.parentElement?.closest("p, li, dd, td, th, label, figcaption, caption, legend, span.subtitle");
  const own = (element.textContent ?? "").trim().length;
  return block !== null && block !== undefined && (block.textContent ?? "").trim().length > own + 1;
}

/**
 * WCAG 2.5.8 Target size (minimum): every target not inline in text is at
 * least 24 × 24 CSS px, or small but spaced so that a 24 px circle on its
 * centre touches no other target (nor another small target's circle).
 */
export function targetSizeProblems(): { checked: number; problems: string[] } {
  const targets = focusables().filter((e) => !e.classList.contains("skip-link") && !isInlineInText(e));
  const boxes = targets.map((e) => ({ element: e, box: e.getBoundingClientRect() }));
  const small = boxes.filter(({ box }) => box.width < 23.5 || box.height < 23.5);
  const centre = (b: DOMRect) => [b.left + b.width / 2, b.top + b.height / 2] as const;
  const circleTouchesBox = ([x, y]: readonly [number, number], b: DOMRect) => {
    const dx = Math.max(b.left - x, 0, x - b.right);
    const dy = Math.max(b.top - y, 0, y - b.bottom);
    return dx * dx + dy * dy < 12 * 12;
  };
  const problems: string[] = [];
  for (const target of small) {
    const c = centre(target.box);
    const crowded = boxes.find(({ element, box }) => {
      if (element === target.element || element.contains(target.element) || target.element.contains(element))
        return false;
      if (circleTouchesBox(c, box)) return true;
      if (!small.some((s) => s.element === element)) return false;
      const [x, y] = centre(box);
      return (x - c[0]) ** 2 + (y - c[1]) ** 2 < 24 * 24;
    });
    if (crowded) {
      problems.push(
        `2.5.8 ${Math.round(target.box.width)}×${Math.round(target.box.height)} px target too close to ${describe(crowded.element)}: ${describe(target.element)}`,
      );
    }
  }
  return { checked: targets.length, problems };
}

/** Focuses every element Tab can reach, one after another, and reports each (for a second colour scheme without tabbing again). */
export function focusEach(): string[] {
  return focusables().flatMap((element) => {
    (element as HTMLElement).focus({ focusVisible: true } as FocusOptions);
    return focusReport().problems;
  });
}

const isNone = (value: string) => value === "none" || value === "";

/**
 * Styles that forced-colours mode (Windows contrast themes) removes:
 * shadows and background images. Nothing on the page may use them.
 */
export function vanishingStyles(): { checked: number; problems: string[] } {
  const elements = [...document.querySelectorAll("body, body *")];
  const problems = elements.flatMap((element) => {
    const style = getComputedStyle(element);
    return (["boxShadow", "textShadow", "backgroundImage"] as const)
      .filter((property) => !isNone(style[property]))
      .map((property) => `${property} ${style[property]} vanishes in forced colours: ${describe(element)}`);
  });
  return { checked: elements.length, problems };
}

/**
 * With forced colours on: every control keeps a visible boundary, every table
 * cell its borders, the focus ring its outline, and the current page its
 * non-colour marker (weight or underline), as computed by Chromium.
 */
export function forcedColourProblems(): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  const hasBorder = (style: CSSStyleDeclaration) =>
    !isNone(style.borderTopStyle) && parseFloat(style.borderTopWidth) > 0;
  for (const control of document.querySelectorAll("button, input, select, textarea")) {
    if (isHidden(control)) continue;
    checked++;
    const style = getComputedStyle(control);
    const native = ["checkbox", "radio"].includes((control as HTMLInputElement).type) && style.appearance !== "none";
    if (!native && !hasBorder(style)) problems.push(`control without a visible boundary: ${describe(control)}`);
  }
  for (const cell of document.querySelectorAll("table th, table td")) {
    if (isHidden(cell)) continue;
    checked++;
    if (!hasBorder(getComputedStyle(cell))) problems.push(`table cell without borders: ${describe(cell)}`);
  }
  for (const current of document.querySelectorAll("[aria-current]")) {
    const sibling = [...(current.closest("ul, ol")?.querySelectorAll("a:not([aria-current])") ?? [])][0];
    if (!sibling) continue;
    checked++;
    const [a, b] = [getComputedStyle(current), getComputedStyle(sibling)];
    if (
      a.fontWeight === b.fontWeight &&
      a.textDecorationThickness === b.textDecorationThickness &&
      a.textDecorationLine === b.textDecorationLine
    ) {
      problems.push(`the current page is marked by colour alone: ${describe(current)}`);
    }
  }
  for (const element of focusables().slice(0, 12)) {
    (element as HTMLElement).focus({ focusVisible: true } as FocusOptions);
    checked++;
    const style = getComputedStyle(element);
    if (isNone(style.outlineStyle) || parseFloat(style.outlineWidth) < 2)
      problems.push(`no focus outline in forced colours: ${describe(element)}`);
    else {
      const ratio = contrast(parseColour(style.outlineColor), backgroundBehind(element));
      if (ratio < 3)
        problems.push(`focus outline ${ratio.toFixed(2)}:1 against the page in forced colours: ${describe(element)}`);
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return { checked, problems };
}
