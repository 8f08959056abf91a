/**
 * Shrinks the markup of a Lit `html`/`svg` template without changing what the HTML parser, and so
 * Lit, builds from it. `markup` is the template's raw text with every `${…}` replaced by a
 * placeholder that holds no whitespace, `<`, `>`, `/`, `=` or quote.
 *
 * Only whitespace changes, and only where HTML ignores the difference:
 * - a run of whitespace becomes one space, in text and between a tag's attributes (the renderer
 *   collapses runs anyway: no template uses `white-space: pre`, and markup holding `<pre>`,
 *   `<textarea>`, `<style>` or `<script>` is returned unchanged);
 * - whitespace before a tag's closing `>` goes (`<a b=c >` and `<a b=c>` parse the same), and
 *   before `/>` only after a quoted value: `src=${…} />` must not become `src=${…}/>`, where the
 *   `/` would join the unquoted value and turn a binding into an interpolation;
 * - nothing else: quoted attribute values, comments and anything the parser would read as a
 *   comment are copied as they are, so every binding keeps its kind.
 *
 * Tags are read as the HTML tokenizer reads them (a quote opens a value only right after `=`),
 * and `test/bundle/collapse-markup.test.ts` checks on random markup that the parsed DOM is the same.
 */
export function collapseMarkup(markup: string): string {
  if (/<(pre|textarea|style|script)\b/i.test(markup)) return markup;
  let out = '';
  let i = 0;
  const n = markup.length;
  while (i < n) {
    const char = markup[i]!;
    const next = markup[i + 1] ?? '';
    if (char === '<' && (isLetter(next) || (next === '/' && isLetter(markup[i + 2] ?? '')))) {
      const end = tagEnd(markup, i);
      out += collapseTag(markup.slice(i, end));
      i = end;
    } else if (char === '<' && (next === '!' || next === '?' || next === '/')) {
      // A comment, or what the parser reads as one (`<!x>`, `<?x>`, `</ x>`): copied as it is,
      // to its end or further (a comment also ends at `--!>`: copying more is still exact).
      let end: number;
      if (markup.startsWith('<!--', i)) {
        const close = markup.indexOf('-->', i + 4);
        end = close < 0 ? n : close + 3;
      } else {
        const close = markup.indexOf('>', i + 1);
        end = close < 0 ? n : close + 1;
      }
      out += markup.slice(i, end);
      i = end;
    } else if (isSpace(char)) {
      while (i < n && isSpace(markup[i]!)) i++;
      out += ' ';
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

function isLetter(char: string): boolean {
  return /^[A-Za-z]$/.test(char);
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
}

/** Where the name of the tag starting at `start` (`<div`, `</div`) ends: at whitespace, `/` or `>`. */
function nameEnd(markup: string, start: number): number {
  let i = start + (markup[start + 1] === '/' ? 2 : 1);
  while (i < markup.length && !isSpace(markup[i]!) && markup[i] !== '/' && markup[i] !== '>') i++;
  return i;
}

/** Where the tag starting at `start` ends: after the first `>` outside a quoted value. */
function tagEnd(markup: string, start: number): number {
  let i = nameEnd(markup, start);
  let afterEquals = false;
  let inName = false;
  while (i < markup.length) {
    const char = markup[i]!;
    if (char === '>') return i + 1;
    if (afterEquals && (char === '"' || char === "'")) {
      const close = markup.indexOf(char, i + 1);
      if (close < 0) return markup.length;
      i = close + 1;
      afterEquals = false;
      inName = false;
      continue;
    }
    if (isSpace(char)) {
      i++;
      continue;
    }
    if (char === '=' && inName) {
      afterEquals = true;
      inName = false;
    } else if (afterEquals) {
      // An unquoted value runs to whitespace or `>`; quotes in it are plain characters.
      while (i < markup.length && !isSpace(markup[i]!) && markup[i] !== '>') i++;
      afterEquals = false;
      continue;
    } else {
      inName = char !== '/';
    }
    i++;
  }
  return markup.length;
}

/** One tag, whole (from `<` through its `>`, or to the end of the markup). */
function collapseTag(tag: string): string {
  let i = nameEnd(tag, 0);
  let out = tag.slice(0, i);
  let afterEquals = false;
  let inName = false;
  let lastWasQuoted = false;
  while (i < tag.length) {
    const char = tag[i]!;
    if (isSpace(char)) {
      let j = i;
      while (j < tag.length && isSpace(tag[j]!)) j++;
      const closes = tag[j] === '>' || (lastWasQuoted && tag.startsWith('/>', j));
      if (!closes) out += ' ';
      i = j;
      if (inName) inName = tag[j] === '=';
      continue;
    }
    if (afterEquals && (char === '"' || char === "'")) {
      const close = tag.indexOf(char, i + 1);
      const stop = close < 0 ? tag.length : close + 1;
      out += tag.slice(i, stop);
      i = stop;
      afterEquals = false;
      inName = false;
      lastWasQuoted = true;
      continue;
    }
    lastWasQuoted = false;
    if (afterEquals && char !== '>') {
      let j = i;
      while (j < tag.length && !isSpace(tag[j]!) && tag[j] !== '>') j++;
      out += tag.slice(i, j);
      i = j;
      afterEquals = false;
      continue;
    }
    if (char === '=' && inName) {
      afterEquals = true;
      inName = false;
    } else {
      inName = char !== '/' && char !== '>';
    }
    out += char;
    i++;
  }
  return out;
}
