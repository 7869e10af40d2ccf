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

/**
 * Formats given suppressed findings (Finding.suppressed): json and SARIF show them marked, stylish counts them. The
 * others get only the findings that count: a suppressed error must not become a failed test case or an annotation.
 */
export const MARKS_SUPPRESSED: readonly FormatName[] = ['stylish', 'json', 'sarif'];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export type { FormatContext, Formatter } from './context.js';
