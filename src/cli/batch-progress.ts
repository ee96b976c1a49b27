import cliProgress from 'cli-progress';

/** Progress of a batch on stderr when it is a terminal (with --json too: stdout carries only the results). */
export function batchProgress(totalBytes: number, label: string) {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: `${label} {bar} {percentage}% | {rows} rows | {rate} rows/s`, hideCursor: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const started = performance.now();
  bar?.start(Math.max(totalBytes, 1), 0, { rows: 0, rate: 0 });
  return {
    update(bytes: number, rows: number) {
      bar?.update(bytes, { rows, rate: Math.round(rows / Math.max((performance.now() - started) / 1000, 1e-3)) });
    },
    stop() {
      bar?.stop();
    },
  };
}
