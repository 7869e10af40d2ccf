/** The diff formatters by `--format` name. */
import { githubDiff } from './github.js';
import { htmlDiff } from './html.js';
import { jsonDiff } from './json.js';
import { markdownDiff } from './markdown.js';
import { stylishDiff } from './stylish.js';
import type { DiffFormatName } from './names.js';
import type { DiffFormatter } from './text.js';

export const diffFormatters: Record<DiffFormatName, DiffFormatter> = {
  stylish: stylishDiff, json: jsonDiff, markdown: (d, c) => markdownDiff(d, c), github: githubDiff, html: htmlDiff,
};

export { DIFF_FORMATS, type DiffFormatName } from './names.js';
export type { DiffFormatContext, DiffFormatter } from './text.js';
