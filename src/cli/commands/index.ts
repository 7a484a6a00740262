import type { Command } from 'commander';

/** Every CLI command; each module adds itself here with one line. */
export const commands: Array<(program: Command) => void> = [];
