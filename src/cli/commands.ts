import type { Command } from 'commander';
import { registerMigrate } from './migrate.js';
import { registerRun } from './run.js';
import { registerServe } from './serve.js';
import { registerTenants } from './tenants.js';
import { registerWorker } from './worker.js';
import { registerListsCommand } from './lists.js';
import { registerMrzCommand } from './mrz.js';
import { registerScreenCommand } from './screen.js';
import { registerMatchCommand } from './match.js';
import { registerRtwCommand } from './rtw.js';
import { registerUsers } from './users.js';
import { registerExport } from './export.js';
import { registerSourcesCommand } from './sources.js';
import { registerKycCommand } from './kyc.js';

/** Every CLI command, registered in the order `idflow --help` lists them. */
export const commandRegistrations: Array<(program: Command) => void> = [
  registerServe,
  registerWorker,
  registerMigrate,
  registerRun,
  registerTenants,
  registerListsCommand,
  registerMrzCommand,
  registerScreenCommand,
  registerMatchCommand,
  registerRtwCommand,
  registerUsers,
  registerExport,
  registerSourcesCommand,
  registerKycCommand,
  // registrations:end
];
