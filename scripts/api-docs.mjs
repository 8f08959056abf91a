// docs/api.md, the API reference, generated from custom-elements.json (which `npm run build`
// writes from the sources' JSDoc): `npm run docs:api` writes it; `--check` (run by `npm test`)
// fails when the checked-in file differs, so the reference never drifts from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const target = `${root}docs/api.md`;

/** A table cell: one line, `|` escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

/** The reference, from the manifest's text. */
export function apiDocs(manifest) {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName);
  if (element === undefined) throw new Error('custom-elements.json declares no custom element');
  const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public';
  const fields = element.members.filter((member) => member.kind === 'field' && isPublic(member));
  const methods = element.members.filter((member) => member.kind === 'method' && isPublic(member));
  const signature = (method) =>
    `${method.name}(${(method.parameters ?? [])
      .map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`)
      .join(', ')}): ${method.return?.type?.text ?? 'void'}`;
  const sections = [
    '# API reference',
    '',
    '<!-- Generated from custom-elements.json by `npm run docs:api`; `npm test` fails when this',
    'file differs from what the sources say. Edit the JSDoc in src/, not this file. -->',
    '',
    `## \`<${element.tagName}>\``,
    '',
    element.summary ? `${cell(element.summary)}\n` : '',
    `${element.description.trim()}`,
    '',
    '## Properties and attributes',
    '',
    'Read-only properties have no attribute and no setter.',
    '',
    table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      fields.map((field) => [
        `\`${field.name}\`${field.readonly ? ' (read-only)' : ''}`,
        code(field.attribute),
        code(field.type?.text),
        code(field.default),
        cell(field.description),
      ]),
    ),
    '## Methods',
    '',
    table(
      ['Method', 'Description'],
      methods.map((method) => [code(signature(method)), cell(method.description)]),
    ),
    '## Events',
    '',
    'Every event bubbles and is composed.',
    '',
    table(
      ['Event', 'Type', 'Description'],
      (element.events ?? []).map((event) => [
        code(event.name),
        code(event.type?.text),
        cell(event.description),
      ]),
    ),
    '## Slots',
    '',
    table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((slot) => [code(slot.name), cell(slot.description)]),
    ),
    '## CSS parts',
    '',
    table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
    '## CSS custom properties',
    '',
    table(
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((property) => [
        code(property.name),
        code(property.default),
        cell(property.description),
      ]),
    ),
    '## Custom states',
    '',
    table(
      ['State', 'Description'],
      (element.cssStates ?? []).map((state) => [
        code(`:state(${state.name})`),
        cell(state.description),
      ]),
    ),
  ];
  return `${sections
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const text = apiDocs(manifest);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // Missing: reported below.
    }
    const ok = current === text;
    console.log(
      ok
        ? 'ok   docs: docs/api.md matches custom-elements.json'
        : 'FAIL docs: docs/api.md is out of date: run `npm run build && npm run docs:api`',
    );
    process.exit(ok ? 0 : 1);
  }
  writeFileSync(target, text);
  console.log(`docs: wrote docs/api.md (${text.length} characters)`);
}
