/** A file named on the command line that does not exist (or cannot be read): exit 2, naming the path. */
export class FileNotFoundError extends Error {
  readonly code = 'FILE_NOT_FOUND';
  readonly exitCode = 2;
  constructor(readonly path: string, what = 'file') {
    super(`${what} ${path} does not exist: check the path (relative paths start from ${process.cwd()})`);
  }
}

/** Turns a missing-file error of node:fs into FileNotFoundError; other errors pass unchanged. */
export function asFileError(err: unknown, path: string, what?: string): unknown {
  const code = (err as { code?: unknown } | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' ? new FileNotFoundError(path, what) : err;
}
