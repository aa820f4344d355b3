import type { Command, Option } from 'commander';
import type { Io } from './main';

export function registerCore2Commands(_program: Command, _io: Io, _setCode: (n: number) => void, _lang: () => Option): void {}
