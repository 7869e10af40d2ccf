/** The diff's `--format` names, apart from the formatters: the CLI reads them at start-up without loading any. */
export const DIFF_FORMATS = ['stylish', 'json', 'markdown', 'github', 'html'] as const;
export type DiffFormatName = (typeof DIFF_FORMATS)[number];
