/** A list name: letters, digits, dot, dash and underscore (it appears in URLs and step configuration). */
export const LIST_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export class InvalidListNameError extends Error {
  readonly code = 'LIST_NAME_INVALID';
  readonly exitCode = 2;
  constructor(name: string) {
    super(`list name "${name}" is not valid: use 1 to 64 letters, digits, ".", "-" and "_", starting with a letter or digit`);
  }
}

/** Throws InvalidListNameError unless `name` is a valid list name. */
export function checkListName(name: string): string {
  if (!LIST_NAME_PATTERN.test(name)) throw new InvalidListNameError(name);
  return name;
}

/** The list name from a file name: `us-pep.ftm.json.gz` → `us-pep`. */
export function listNameFromFile(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/(\.(gz|json|jsonl|ndjson|ftm|csv|tsv|ods|xlsx|xml))+$/i, '');
  const name = stem.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 64);
  return name || 'list';
}
