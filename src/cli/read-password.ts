import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

const usage = (message: string) => Object.assign(new Error(message), { code: 'USAGE', exitCode: 2 });

/** The first line of a file (a trailing newline is not part of the password). */
export async function passwordFromFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw usage(`cannot read the password file ${path}: ${(err as Error).message}`);
  }
  const line = text.split(/\r?\n/)[0] ?? '';
  if (!line) throw usage(`the password file ${path} is empty: write the password on its first line`);
  return line;
}

/** Asks on the terminal without echo (twice, when confirming); with stdin not a terminal, reads its first line. */
export async function promptPassword(question: string, confirm: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
    if (!line) throw usage('no password: give --password-file, or type it when asked, or pipe it on stdin');
    return line;
  }
  const ask = async (q: string) => {
    let muted = false;
    const output = new Writable({
      write(chunk, _enc, done) {
        if (!muted) process.stderr.write(chunk);
        done();
      },
    });
    const rl = createInterface({ input: process.stdin, output, terminal: true });
    const answer = new Promise<string>((resolve) => rl.question(q, resolve));
    muted = true;
    const value = await answer;
    rl.close();
    process.stderr.write('\n');
    return value;
  };
  const first = await ask(question);
  if (confirm && (await ask('Again: ')) !== first) throw usage('the two passwords differ');
  return first;
}
