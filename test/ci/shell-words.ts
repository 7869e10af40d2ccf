/**
 * The simple commands of a shell script, as words: enough of sh to find the `setara` lines of a CI step (quotes,
 * backslash-newline, comments, `;` `&&` `||` `|` and newlines between commands, redirections dropped). Variables are
 * kept as written (`$POSTS`): the words are checked for their options, not run.
 */
export function simpleCommands(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    const kept = withoutRedirections(words);
    while (kept.length && KEYWORDS.has(kept[0]!)) kept.shift();
    if (kept.length) commands.push(kept);
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === '\\' && script[i + 1] === '\n') {
      i++;
    } else if (c === "'") {
      const end = script.indexOf("'", i + 1);
      if (end === -1) throw new Error(`unclosed ' in: ${script}`);
      word += script.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < script.length && script[j] !== '"'; j++) {
        if (script[j] === '\\' && '"\\$`'.includes(script[j + 1] ?? '')) j++;
        word += script[j];
      }
      if (j >= script.length) throw new Error(`unclosed " in: ${script}`);
      inWord = true;
      i = j;
    } else if (c === '#' && !inWord) {
      const nl = script.indexOf('\n', i);
      i = (nl === -1 ? script.length : nl) - 1;
    } else if ('\n;|&'.includes(c)) {
      if ((c === '|' || c === '&') && script[i + 1] === c) i++;
      endCommand();
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else {
      word += c;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

/** Words that open or close a compound command; what follows them is the command. */
const KEYWORDS = new Set(['if', 'then', 'else', 'fi', 'while', 'until', 'do', 'done', '!']);

/** `> f`, `>> f`, `2>/dev/null`, `< f`: not words of the command. */
function withoutRedirections(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = /^\d*(>>?|<)(.*)$/.exec(words[i]!);
    if (!m) out.push(words[i]!);
    else if (m[2] === '') i++;
  }
  return out;
}

/** The `setara …` commands of a script (also through `npx`), from the subcommand on. */
export function setaraCommands(script: string): string[][] {
  return simpleCommands(script).flatMap((w) => (w[0] === 'setara' ? [w.slice(1)] : w[0] === 'npx' && w[1] === 'setara' ? [w.slice(2)] : []));
}
