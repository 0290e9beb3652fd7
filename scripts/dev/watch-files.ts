/**
 * Tells the editing loop of every file saved, created, renamed or removed
 * under its watched paths, watching folders rather than files: an editor that
 * saves by writing a new file and renaming it over the old one, or a
 * `git checkout` that deletes and recreates files, replaces the file the
 * system was watching. (Node 20's `fs.watch(dir, { recursive: true })` on
 * Linux watches each file, and so goes deaf to a file after its first such
 * save.) Ready when it returns: every watch is in place before the first
 * event can be missed.
 */
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { dirname, join } from "node:path";

export interface FileWatcher {
  close(): void;
}

/** `paths`: folders (watched with everything below them) and single files, relative to the working directory. */
export function watchFiles(paths: readonly string[], onChange: (path: string) => void): FileWatcher {
  const watchers = new Map<string, FSWatcher>();
  const watched = (path: string) => paths.some((root) => path === root || path.startsWith(`${root}/`));

  function unwatch(folder: string): void {
    for (const [path, watcher] of watchers)
      if (path === folder || path.startsWith(`${folder}/`)) {
        watcher.close();
        watchers.delete(path);
      }
  }

  /** Watches `folder` (and, with `below`, every folder in it); `announce`: report the files found as changed. */
  function watchFolder(folder: string, below: boolean, announce: boolean): void {
    if (watchers.has(folder)) return;
    let entries;
    try {
      const watcher = watch(folder, (_event, name) => name && changed(join(folder, name.toString()), below));
      // A folder removed while watched: its parent reports the removal.
      watcher.on("error", () => unwatch(folder));
      watchers.set(folder, watcher);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return unwatch(folder); // gone already
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (below && entry.isDirectory()) watchFolder(path, true, announce);
      else if (announce && watched(path)) onChange(path);
    }
  }

  function changed(path: string, below: boolean): void {
    if (!watched(path)) return;
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      // A folder made or moved in: everything in it is new.
      if (below) watchFolder(path, true, true);
      return;
    }
    if (!stats) unwatch(path);
    onChange(path);
  }

  for (const path of paths) {
    if (statSync(path).isDirectory()) watchFolder(path, true, false);
    // A single file is watched through its folder, which sees it replaced.
    else watchFolder(dirname(path), false, false);
  }
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
