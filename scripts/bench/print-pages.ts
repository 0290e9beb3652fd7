/**
 * The whole handbook on paper: Chromium prints the print page (/tulosta/)
 * to a PDF, A4 as its print CSS asks, and the PDF's pages are counted.
 */
import type { Browser } from "puppeteer-core";
import { urls } from "../../lib/urls.ts";

export interface PrintedHandbook {
  readonly pages: number;
  readonly bytes: number;
}

/** `siteUrl`: the served site's root, ending in "/". */
export async function printHandbook(browser: Browser, siteUrl: string): Promise<PrintedHandbook> {
  const page = await browser.newPage();
  try {
    await page.goto(new URL(`.${urls.print()}`, siteUrl).href, { waitUntil: "networkidle0" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    return { pages: pdfPageCount(pdf), bytes: pdf.byteLength };
  } finally {
    await page.close();
  }
}

/** A PDF's page objects (`/Type /Page`, not the `/Pages` tree); Chromium writes them uncompressed. */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}
