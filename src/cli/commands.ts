import type { Command } from 'commander';

/** Every CLI command, registered in the order `idflow --help` lists them. */
export const commandRegistrations: Array<(program: Command) => void> = [
  // registrations:end
];
