// The README's framework snippets are tested code: the React one must be, character for character,
// test/api/readme-react-snippet.tsx (rendered by test/api/react.test.ts); the plain HTML one is
// read from the README and run by test/bundle/bundle.test.ts. Run by `npm test`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const failures = [];

function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} readme: ${message}`);
  if (!ok) failures.push(message);
}

/** The first fenced block of `language` after the `heading` line, or undefined. */
function block(heading, language) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) return undefined;
  const next = readme.indexOf('\n#', start + heading.length + 2);
  const fence = readme.indexOf(`\n\`\`\`${language}\n`, start);
  if (fence < 0 || (next >= 0 && fence > next)) return undefined;
  const end = readme.indexOf('\n```', fence + 1);
  return readme.slice(fence + language.length + 5, end + 1);
}

for (const heading of ['## Promise API', '## Forms', '## Frameworks']) {
  check(readme.includes(`\n${heading}\n`), `has a "${heading.slice(3)}" section`);
}
for (const framework of ['Plain HTML', 'React', 'Vue 3', 'Svelte 5', 'Angular']) {
  check(readme.includes(`\n### ${framework}\n`), `Frameworks covers ${framework}`);
}

const react = block('### React', 'tsx');
const tested = readFileSync(join(root, 'test/api/readme-react-snippet.tsx'), 'utf8');
check(react !== undefined, 'has a tsx block under "### React"');
check(react === tested, 'the React snippet is test/api/readme-react-snippet.tsx, verbatim');

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
