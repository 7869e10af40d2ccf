/**
 * What `setara <command> --help` says a command takes (its arguments, its options, whether each option takes a
 * value and, for options described as `a | b | c`, which values), and a check of a command line against it. Read
 * from the help of the program main() builds, so a command line in the docs is checked against the real CLI.
 */
import { runMain } from '../helpers/run-main.js';

export interface OptionSpec {
  value: 'none' | 'required' | 'optional';
  choices?: readonly string[];
}

export interface CommandSpec {
  /** The command's path, e.g. ['rules', 'list']. */
  path: string[];
  required: number;
  optional: number;
  variadic: boolean;
  options: Map<string, OptionSpec>;
  subcommands: string[];
}

const cache = new Map<string, Promise<CommandSpec>>();

async function spec(path: readonly string[]): Promise<CommandSpec> {
  const key = path.join(' ');
  if (!cache.has(key)) cache.set(key, runMain([...path, '--help']).then((r) => parseHelp(path, r.code === 0 ? r.stdout : '')));
  return cache.get(key)!;
}

/** Commander's help text: `Usage:` line, `Options:` and `Commands:` sections. */
export function parseHelp(path: readonly string[], help: string): CommandSpec {
  const usage = /^Usage: \S+(.*)$/m.exec(help)?.[1] ?? '';
  const args = [...usage.matchAll(/([<[])([^>\]]+)[>\]]/g)].filter((m) => m[2] !== 'options' && m[2] !== 'command');
  const section = (name: string) => {
    const m = new RegExp(`^${name}:\\n((?:  .*\\n?)*)`, 'm').exec(help);
    return m ? m[1]! : '';
  };
  const options = new Map<string, OptionSpec>();
  // One entry per option, its description's wrapped lines joined.
  for (const entry of section('Options').split(/\n(?=  -)/)) {
    const m = /^ {2}(?:-\w, )?(--[\w-]+)(?: ([<[])[^>\]]+[>\]])?\s*([\s\S]*)$/.exec(entry);
    if (!m) continue;
    const description = m[3]!.replace(/\s+/g, ' ').replace(/\(default:.*$/, '').trim();
    const alternatives = /^[a-z][\w-]*(?: \| [a-z][\w-]*)+$/.test(description) ? description.split(' | ') : undefined;
    options.set(m[1]!, { value: m[2] === '<' ? 'required' : m[2] === '[' ? 'optional' : 'none', ...(alternatives ? { choices: alternatives } : {}) });
    const short = /^ {2}(-\w), /.exec(entry)?.[1];
    if (short) options.set(short, options.get(m[1]!)!);
  }
  return {
    path: [...path],
    required: args.filter((a) => a[1] === '<').length,
    optional: args.filter((a) => a[1] === '[').length,
    variadic: args.some((a) => a[2]!.endsWith('...')),
    options,
    subcommands: [...section('Commands').matchAll(/^ {2}([\w-]+)/gm)].map((m) => m[1]!),
  };
}

/**
 * Problems of a command line (the words after `setara`), each a sentence; none when commander would take it.
 * Program options (`--debug`) count everywhere, as commander reads them anywhere on the line.
 */
export async function usageProblems(words: readonly string[]): Promise<string[]> {
  const program = await spec([]);
  let command = program;
  let i = 0;
  while (i < words.length && command.subcommands.includes(words[i]!)) command = await spec([...command.path, words[i++]!]);
  if (command === program) return [`no command: ${words.join(' ')}`];
  if (command.subcommands.length) return [`'${command.path.join(' ')}' needs one of ${command.subcommands.join(', ')}`];
  const problems: string[] = [];
  let positional = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('-') || w === '-') {
      positional++;
      continue;
    }
    const [name, inline] = w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, undefined];
    const option = command.options.get(name!) ?? program.options.get(name!);
    if (!option) {
      problems.push(`'${command.path.join(' ')}' has no option ${name}`);
      // What follows is probably its value, not an argument.
      if (inline === undefined && words[i + 1] !== undefined && !words[i + 1]!.startsWith('-')) i++;
      continue;
    }
    let value = inline;
    if (value === undefined && option.value !== 'none') {
      const next = words[i + 1];
      if (next !== undefined && (option.value === 'required' || !next.startsWith('-'))) value = words[++i];
      else if (option.value === 'required') problems.push(`${name} needs a value`);
    }
    if (value !== undefined && option.value === 'none') problems.push(`${name} takes no value`);
    if (value !== undefined && option.choices && !value.includes('$') && !option.choices.includes(value))
      problems.push(`${name} ${value}: not one of ${option.choices.join(', ')}`);
  }
  if (positional < command.required || (!command.variadic && positional > command.required + command.optional))
    problems.push(`'${command.path.join(' ')}' takes ${command.required}${command.optional ? `-${command.required + command.optional}` : ''} arguments, given ${positional}`);
  return problems;
}
