/**
 * The editing loop prints what `npm run build` prints beside a build, but each
 * notice once while it holds: an editor's swap file stays beside the content
 * for as long as the file is open, and naming it on every save would bury
 * the messages that matter. A notice that goes away and comes back is new again.
 */
export function noticesOnce(): (notices: readonly string[]) => string[] {
  let shown = new Set<string>();
  return (notices) => {
    const fresh = notices.filter((notice) => !shown.has(notice));
    shown = new Set(notices);
    return fresh;
  };
}
