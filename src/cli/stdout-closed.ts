/** Ends the process quietly when stdout's reader goes away (`idflow screen --batch … | head`), instead of an EPIPE trace. */
export function exitWhenStdoutCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
