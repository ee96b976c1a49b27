import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { ROLES } from '../domain/index.js';
import { Failure } from '../domain/failure.js';
import { changeUser } from '../users/change-user.js';
import { createUser } from '../users/create-user.js';
import { findUserByUsername, listUsers } from '../users/sql/find-users.js';
import { newUserSchema } from '../users/user-input.js';
import { openStore } from './open-store.js';
import { passwordFromFile, promptPassword } from './read-password.js';

const usage = (message: string) => Object.assign(new Error(message), { code: 'USAGE', exitCode: 2 });
const asCliError = (err: unknown) => (err instanceof Failure ? Object.assign(new Error(err.message), { code: err.code }) : err);

/** `idflow users create | disable | enable | list`: back-office users, the same use cases as the API. */
export function registerUsers(program: Command) {
  const users = program.command('users').description('Manage back-office users (sign-in with username and password)');
  users
    .command('create')
    .description('Create a user; the password is read from --password-file, or asked for')
    .requiredOption('--tenant <id>', 'tenant id')
    .requiredOption('--username <username>', 'unique across the installation (case-insensitive)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password-file <file>', 'read the password from the first line of this file')
    .option('--json', 'print JSON')
    .action(async (opts: { tenant: string; username: string; role: string; passwordFile?: string; json?: boolean }) => {
      const password = opts.passwordFile ? await passwordFromFile(opts.passwordFile) : await promptPassword(`Password for ${opts.username}: `, true);
      const parsed = newUserSchema.safeParse({ username: opts.username, password, role: opts.role });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw usage(`${String(issue?.path[0] ?? 'input')}: ${issue?.message ?? 'invalid'}`);
      }
      const store = await openStore(loadConfig(), 'users');
      try {
        const user = await createUser(store.db, opts.tenant, parsed.data, { actor: 'cli' }).catch((err: unknown) => {
          throw asCliError(err);
        });
        process.stdout.write(opts.json ? JSON.stringify({ id: user.id, username: user.username, role: user.role, tenantId: user.tenant_id }) + '\n' : `user ${user.username} (${user.role}) created in tenant ${user.tenant_id}\n`);
      } finally {
        await store.close();
      }
    });
  for (const [name, disabled] of [['disable', true], ['enable', false]] as const) {
    users
      .command(name)
      .description(disabled ? 'Disable a user: they cannot sign in and their sessions end' : 'Enable a disabled user again')
      .requiredOption('--username <username>', 'the user')
      .action(async (opts: { username: string }) => {
        const store = await openStore(loadConfig(), 'users');
        try {
          const user = await findUserByUsername(store.db, opts.username);
          if (!user) throw Object.assign(new Error(`no user ${opts.username}: see \`idflow users list --tenant <id>\``), { code: 'NOT_FOUND' });
          await changeUser(store.db, user.tenant_id, user.id, { disabled }, { actor: 'cli' }).catch((err: unknown) => {
            throw asCliError(err);
          });
          process.stdout.write(`user ${user.username} ${disabled ? 'disabled' : 'enabled'}\n`);
        } finally {
          await store.close();
        }
      });
  }
  users
    .command('list')
    .description("A tenant's users")
    .requiredOption('--tenant <id>', 'tenant id')
    .action(async (opts: { tenant: string }) => {
      const store = await openStore(loadConfig(), 'users');
      try {
        for (const u of await listUsers(store.db, opts.tenant)) process.stdout.write(`${u.username}\t${u.role}\t${u.disabled ? 'disabled' : 'enabled'}\n`);
      } finally {
        await store.close();
      }
    });
}
