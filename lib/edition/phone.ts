/**
 * Phone numbers as an organisation writes them (`+358 40 123 4567`,
 * `09 123 4567`, `040-123 4567`) and as a phone dials them: a `tel:` link in
 * international form (E.164: `+`, country code, at most 15 digits), whichever
 * way the edition wrote it, so that it dials from abroad and from any phone.
 */
export interface PhoneNumber {
  /** As shown: the edition's grouping, in international form (`+358 40 123 4567`). */
  readonly display: string;
  /** For the link: `tel:+358401234567`. */
  readonly href: string;
}

/** Finland's country code: a number written as dialled in Finland (0…) is a Finnish one. */
const FINLAND = "358";

export function parsePhone(written: string): PhoneNumber | undefined {
  const trimmed = written.trim();
  if (!/^\+?[0-9][0-9 -]*[0-9]$/.test(trimmed) || /[ -]{2}/.test(trimmed)) return undefined;
  const grouped = trimmed.replace(/-/g, " ");
  let international: string;
  if (grouped.startsWith("+")) international = grouped;
  else if (/^0[1-9]/.test(grouped)) international = `+${FINLAND} ${grouped.slice(1)}`;
  else return undefined;
  const digits = international.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return undefined;
  return { display: international, href: `tel:+${digits}` };
}
