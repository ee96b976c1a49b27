/** How many ids of each kind a diff prints unless --all. */
const DIFF_IDS_SHOWN = 20;

/** A version's diff against the one before, as `idflow lists diff` and `idflow sources diff` print it. */
export function printVersionDiff(
  out: (line: string) => void,
  diff: { source: string; versionId: string; previousVersionId?: string | null; added: string[]; removed: string[]; changed: string[] },
  all: boolean | undefined,
): void {
  out(`${diff.source} version ${diff.versionId}${diff.previousVersionId ? ` against ${diff.previousVersionId}` : ' (first version)'}`);
  for (const kind of ['added', 'removed', 'changed'] as const) {
    const ids = diff[kind];
    const shown = all ? ids : ids.slice(0, DIFF_IDS_SHOWN);
    out(`${kind}: ${ids.length.toLocaleString('en-US')}${shown.length ? ` — ${shown.join(', ')}${shown.length < ids.length ? ', … (--all lists every one)' : ''}` : ''}`);
  }
}
