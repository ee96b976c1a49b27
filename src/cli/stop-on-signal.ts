/** Runs `stop` once on SIGINT or SIGTERM, then exits: long-running commands close cleanly. */
export function stopOnSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
