/** What a command needs from the outside world; injectable so tests run main() in-process. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface MainIO {
  argv: string[];
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}
