/** 2021-08-27 → 27.8.2021, as Finnish (and Finland-Swedish) pages write dates: for the templates and the browser alike. */
export function finnishDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}.${month}.${year}`;
}
