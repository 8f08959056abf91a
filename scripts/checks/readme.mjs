// The README and docs/: the README keeps the two commands and links every page of docs/; the
// framework snippets of docs/frameworks.md are tested code. The React, Vue, Svelte and Angular ones
// must be, character for character, files of the consumer apps (test/consumers/apps/), which
// `npm test` type-checks, builds and drives against the packed package (the React ones are also
// rendered by test/api/react.test.ts); the plain HTML one is read from docs/frameworks.md and run
// by test/bundle/bundle.test.ts. Every relative link of the README and docs/ leads to a file and
// a heading that exist. Run by `npm test`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const read = (file) => readFileSync(join(root, file), 'utf8');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).map((file) => `docs/${file}`)];
const readme = read('docs/frameworks.md');
const guide = read('docs/guide.md');
const failures = [];

function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} readme: ${message}`);
  if (!ok) failures.push(message);
}

/** The `index`th fenced block of `language` in the `heading` section, or undefined. */
function block(heading, language, index = 0) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) return undefined;
  const next = readme.indexOf('\n#', start + heading.length + 2);
  let fence = start;
  for (let i = 0; i <= index; i++) {
    fence = readme.indexOf(`\n\`\`\`${language}\n`, i === 0 ? fence : fence + 1);
    if (fence < 0 || (next >= 0 && fence > next)) return undefined;
  }
  const end = readme.indexOf('\n```', fence + 1);
  return readme.slice(fence + language.length + 5, end + 1);
}

const front = read('README.md');
check(
  front.includes('npm install && npm start') && front.includes('\nnpm test '),
  'the README gives the two commands',
);
for (const page of pages.filter((page) => page !== 'README.md')) {
  check(front.includes(`](${page})`), `the README links ${page}`);
}
for (const heading of ['## Promise API', '## Forms', '## Data sources', '## Customising']) {
  check(guide.includes(`\n${heading}\n`), `docs/guide.md has a "${heading.slice(3)}" section`);
}
for (const framework of ['Plain HTML', 'React', 'Vue 3', 'Svelte 5', 'Angular']) {
  check(readme.includes(`\n### ${framework}\n`), `docs/frameworks.md covers ${framework}`);
}

/** GitHub's anchor for a heading. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
const anchorsOf = (page) =>
  new Set([...read(page).matchAll(/^#{1,4} (.+)$/gm)].map((match) => slug(match[1])));
const broken = [];
for (const page of pages) {
  for (const [, link] of read(page).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(link)) continue;
    const [path, anchor] = link.split('#');
    const target = path ? normalize(join(dirname(page), path)) : page;
    if (!existsSync(join(root, target))) broken.push(`${page}: ${link}`);
    else if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor)) {
      broken.push(`${page}: ${link}`);
    }
  }
}
check(
  broken.length === 0,
  `every relative link leads somewhere${broken.length ? `: ${broken.join(', ')}` : ''}`,
);

for (const [heading, language, index, file] of [
  ['### React', 'tsx', 0, 'react/src/Recipients.tsx'],
  ['### React', 'tsx', 1, 'react/src/RecipientsWrapped.tsx'],
  ['### Vue 3', 'vue', 0, 'vue/src/Recipients.vue'],
  ['### Svelte 5', 'svelte', 0, 'svelte/src/Recipients.svelte'],
  ['### Angular', 'ts', 0, 'angular/src/picker-value-accessor.ts'],
  ['### Angular', 'ts', 1, 'angular/src/recipients.component.ts'],
]) {
  const snippet = block(heading, language, index);
  const tested = readFileSync(join(root, 'test/consumers/apps', file), 'utf8');
  check(
    snippet === tested,
    `${language} block ${index + 1} under "${heading}" is test/consumers/apps/${file}, verbatim`,
  );
}

const html = block('### Plain HTML', 'html');
check(html !== undefined, 'has an html block under "### Plain HTML"');
check(
  html?.includes('picker.dataSource =') && html.includes("addEventListener('kfp-confirm'"),
  'the HTML snippet sets dataSource as a property and listens to kfp-confirm',
);

if (failures.length > 0) {
  console.log(`README: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('README: all checks passed');
