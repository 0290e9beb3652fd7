/**
 * The files editors leave beside the ones they edit — backups, swap, lock and
 * auto-save files, the temporary files of a safe save — by name, whatever
 * editor left them. The data step skips them in content/ with a notice; the
 * editing loop ignores their saves (scripts/dev/changes.ts).
 */
const EDITOR_SCRATCH: readonly RegExp[] = [
  /~$/, // backups: Emacs, nano, gedit, Kate (tyoton.yaml~)
  /^#.*#$/, // Emacs' auto-save (#tyoton.yaml#)
  /^\.#/, // Emacs' lock (.#tyoton.yaml, a link to nowhere)
  /\.sw[a-px]$/, // Vim's swap (.tyoton.yaml.swp, .swo, …)
  /^4913$/, // Vim's check that it may write the folder
  /\.(bak|orig|tmp)$/, // backups, a merge tool's leftovers, safe saves (our own atomic writes too)
  /___jb_(tmp|old)___$/, // JetBrains' safe save
  /\.kate-swp$/, // Kate's swap
];

/** Whether the file at `path` (any folder, / or \) is an editor's scratch file. */
export function isEditorScratchFile(path: string): boolean {
  const name = path.split(/[/\\]/).pop() ?? "";
  return EDITOR_SCRATCH.some((pattern) => pattern.test(name));
}
