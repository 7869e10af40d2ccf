/** The finding formatters by `--format` name. */
import type { Formatter } from './context.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github, markdown };

/** Formats meant for people; the only ones that may be coloured. */
export const HUMAN_FORMATS: readonly FormatName[] = ['stylish'];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export type { FormatContext, Formatter } from './context.js';
