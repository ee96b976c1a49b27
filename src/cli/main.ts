import { Command, CommanderError } from 'commander';
import { commandRegistrations } from './commands.js';
import { idflowVersion } from './version.js';

const program = new Command('idflow')
  .description('idflow: identity verification and KYC/AML orchestration')
  .version(idflowVersion(), '-V, --version', 'print the idflow version')
  .showHelpAfterError()
  .exitOverride();

for (const register of commandRegistrations) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else {
    const e = err as Error & { code?: string; exitCode?: number };
    process.stderr.write(`idflow: ${e.code ? `[${e.code}] ` : ''}${e.message}\n`);
    process.exitCode = e.exitCode ?? (process.exitCode && process.exitCode !== 0 ? process.exitCode : 1);
  }
}
