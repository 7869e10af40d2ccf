/** What a command needs from the outside world; injectable so tests run main() in-process. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  on?(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

export interface MainIO {
  argv: string[];
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}
