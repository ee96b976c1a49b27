/** Why an import was refused: the active version stays in force. */
export type ImportRefusal = 'LIST_IMPORT_EMPTY' | 'LIST_IMPORT_SHRINK';

/** The default most share of the active version's entities one import may remove. */
export const DEFAULT_MAX_SHRINK = 0.5;

/** An import that would empty a list or remove too much of it; `--allow-shrink` (allowShrink) overrides. */
export class ImportRefusedError extends Error {
  readonly exitCode = 1;
  constructor(
    readonly code: ImportRefusal,
    message: string,
    readonly details: { source: string; entities: number; activeEntities?: number; removed?: number; maxShrink?: number },
  ) {
    super(message);
  }
}

export function emptyImportError(source: string, activeEntities: number | undefined): ImportRefusedError {
  const kept = activeEntities !== undefined ? `: the active version (${activeEntities} entities) stays in force` : '';
  return new ImportRefusedError(
    'LIST_IMPORT_EMPTY',
    `the file holds no entity to import into ${source}${kept}. Check the file and its format (every row may have been rejected: see the problems), or pass --allow-shrink to import it anyway`,
    { source, entities: 0, ...(activeEntities !== undefined ? { activeEntities } : {}) },
  );
}

export function shrinkImportError(source: string, entities: number, activeEntities: number, removed: number, maxShrink: number): ImportRefusedError {
  const share = Math.round((removed / activeEntities) * 1000) / 10;
  return new ImportRefusedError(
    'LIST_IMPORT_SHRINK',
    `importing this file would remove ${removed} of the ${activeEntities} entities of ${source} (${share} %, more than the ${Math.round(maxShrink * 100)} % allowed): ` +
      'the active version stays in force. Check that the file is complete, or pass --allow-shrink if the list really shrank',
    { source, entities, activeEntities, removed, maxShrink },
  );
}
