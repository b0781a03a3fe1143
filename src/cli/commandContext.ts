/** What every command is handed: its I/O as a value (tests drive the CLI in-process) and its exit code. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal (a person reads it there), not a file or a pipe; unset: not a terminal. */
  stdoutIsTerminal?: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

/** What a command's action hands back: the process exit code. */
export interface CommandContext {
  io: CliIo;
  setExitCode: (code: number) => void;
}
