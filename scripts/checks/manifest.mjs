// Checks custom-elements.json (written by `npm run build`) against the element's source: every
// attribute, property, `kfp-*` event with its detail type, part, slot, `--kfp-*` token and custom
// state must be described. Run by `npm test`; prints one line per check, exits 1 on a failure.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), 'utf8');
const failures = [];

function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} manifest: ${message}`);
  if (!ok) failures.push(message);
}

function missingFrom(expected, actual) {
  const have = new Set(actual);
  return [...expected].filter((name) => !have.has(name));
}

function sourceFiles(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const packageJson = JSON.parse(read('package.json'));
check(
  packageJson.customElements === 'custom-elements.json',
  'package.json "customElements" is custom-elements.json',
);
if (!existsSync(join(root, 'custom-elements.json'))) {
  console.log('FAIL manifest: custom-elements.json is missing (run `npm run build`)');
  process.exit(1);
}
const manifest = JSON.parse(read('custom-elements.json'));
const modules = manifest.modules ?? [];
const declarations = modules.flatMap((mod) =>
  (mod.declarations ?? []).map((declaration) => ({ ...declaration, module: mod.path })),
);
const element = declarations.find((d) => d.customElement && d.tagName === 'kakao-friend-picker');
check(element !== undefined, 'declares the custom element <kakao-friend-picker>');
if (element === undefined) process.exit(1);
check(element.name === 'KakaoFriendPicker', 'the class is KakaoFriendPicker');
check(
  modules.some((mod) =>
    (mod.exports ?? []).some(
      (entry) => entry.kind === 'custom-element-definition' && entry.name === 'kakao-friend-picker',
    ),
  ),
  'has the custom-element-definition of kakao-friend-picker',
);
const modulePaths = modules.map((mod) => mod.path);
check(
  modulePaths.every((path) => path.startsWith('dist/') && existsSync(join(root, path))),
  'module paths point at files in dist/',
);

// Attributes and properties: every public reactive property of the element, from the
// `static properties` block of its source (`state: true` ones are internal).
const elementSource = read('src/kakao-friend-picker.ts');
const propertiesBlock = /static override properties = \{\n([\s\S]*?)\n {2}\};/.exec(elementSource);
const expectedAttributes = new Set();
const expectedProperties = new Set();
for (const match of (propertiesBlock?.[1] ?? '').matchAll(/^ {4}(\w+): \{(.*)\},$/gm)) {
  const [, name, options] = match;
  if (/state:\s*true/.test(options)) continue;
  expectedProperties.add(name);
  if (/attribute:\s*false/.test(options)) continue;
  expectedAttributes.add(/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? name.toLowerCase());
}
check(
  expectedAttributes.size >= 15,
  `found the element's attributes in its source (${expectedAttributes.size})`,
);
const attributes = (element.attributes ?? []).map((a) => a.name);
const missingAttributes = missingFrom(expectedAttributes, attributes);
check(
  missingAttributes.length === 0,
  `lists every attribute (missing: ${missingAttributes.join(', ') || 'none'})`,
);
for (const name of ['view-type', 'max-pickable-count', 'name', 'required', 'disabled', 'lang']) {
  check(attributes.includes(name), `lists the ${name} attribute`);
}
const fields = (element.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private');
const missingProperties = missingFrom(
  expectedProperties,
  fields.map((m) => m.name),
);
check(
  missingProperties.length === 0,
  `lists every property (missing: ${missingProperties.join(', ') || 'none'})`,
);
for (const name of ['dataSource', 'selectedUuids', 'value']) {
  check(
    fields.some((m) => m.name === name),
    `lists the ${name} property (property only)`,
  );
}
const methods = (element.members ?? []).filter(
  (m) => m.kind === 'method' && m.privacy !== 'private',
);
for (const name of [
  'show',
  'hide',
  'reload',
  'clearSelection',
  'checkValidity',
  'reportValidity',
]) {
  check(
    methods.some((m) => m.name === name),
    `lists the ${name}() method`,
  );
}

// Events, with their detail types, from the typed event map.
const types = read('src/types.ts');
const eventMap = /interface KakaoFriendPickerEventMap \{([^}]*)\}/.exec(types)?.[1] ?? '';
const expectedEvents = [...eventMap.matchAll(/'(kfp-[\w-]+)':\s*CustomEvent<(\w+)>/g)].map(
  ([, name, detail]) => ({ name, detail }),
);
check(
  expectedEvents.length === 6,
  `found the six kfp-* events in types.ts (${expectedEvents.length})`,
);
const events = element.events ?? [];
check(
  events.every(
    (event) => event.name.startsWith('kfp-') || ['input', 'change'].includes(event.name),
  ),
  `lists only kfp-* events and input/change (${events.map((e) => e.name).join(', ')})`,
);
for (const name of ['input', 'change']) {
  const event = events.find((e) => e.name === name);
  check(event?.type?.text === 'Event' && event.description, `describes ${name} as a plain Event`);
}
for (const { name, detail } of expectedEvents) {
  const event = events.find((e) => e.name === name);
  check(
    event?.type?.text === `CustomEvent<${detail}>` && event.description,
    `describes ${name} as CustomEvent<${detail}>`,
  );
}

// Parts: the SPEC 2.4 list, plus any part a template renders.
const expectedParts = new Set(
  'base dialog header heading close-button search-input list section-header item avatar nickname my-profile index index-key picked picked-item counter confirm-button empty error'.split(
    ' ',
  ),
);
const templates = sourceFiles('src').map(read).join('\n');
for (const match of templates.matchAll(/\bpart=(?:"([^"$]+)"|\$\{([^}]*)\})/g)) {
  // `part=${cond ? 'item my-profile' : 'item'}`: the strings in result positions.
  const text = match[1] ?? [...match[2].matchAll(/[?:]\s*'([^']+)'/g)].map((m) => m[1]).join(' ');
  for (const name of text.split(/\s+/)) if (name) expectedParts.add(name);
}
const partNames = (element.cssParts ?? []).map((p) => p.name);
const missingParts = missingFrom(expectedParts, partNames);
check(
  missingParts.length === 0,
  `lists every part (missing: ${missingParts.join(', ') || 'none'})`,
);

// Slots: whatever the templates render (none today).
const expectedSlots = new Set(
  [...templates.matchAll(/<slot(?:\s+name="([^"]+)")?/g)].map((m) => m[1] ?? ''),
);
const missingSlots = missingFrom(
  expectedSlots,
  (element.slots ?? []).map((s) => s.name),
);
check(
  missingSlots.length === 0,
  `lists every slot (missing: ${missingSlots.join(', ') || 'none'})`,
);

// CSS tokens: every --kfp-* the styles read, documented with a default.
const styles = sourceFiles('src/styles').map(read).join('\n');
const expectedTokens = new Set([...styles.matchAll(/--kfp-[\w-]+/g)].map((m) => m[0]));
const tokens = element.cssProperties ?? [];
const missingTokens = missingFrom(
  expectedTokens,
  tokens.map((t) => t.name),
);
check(expectedTokens.size >= 20, `found the --kfp-* tokens in src/styles (${expectedTokens.size})`);
check(
  missingTokens.length === 0,
  `lists every --kfp-* token (missing: ${missingTokens.join(', ') || 'none'})`,
);
const unused = missingFrom(
  tokens.map((t) => t.name),
  expectedTokens,
);
check(
  unused.length === 0,
  `lists no token the styles do not read (extra: ${unused.join(', ') || 'none'})`,
);
check(
  tokens.every((t) => t.default !== undefined && t.description),
  'documents every token with a default and a description',
);

// Custom states (:state(…)): those the form controller sets, and those the element sets through it.
const controller = read('src/controllers/form-controller.ts');

const expectedStates = new Set([
  ...[...controller.matchAll(/toggleState\(internals, '([\w-]+)'/g)].map((m) => m[1]),
  ...[...elementSource.matchAll(/formControl\.setState\('([\w-]+)'/g)].map((m) => m[1]),
]);
const missingStates = missingFrom(
  expectedStates,
  (element.cssStates ?? []).map((s) => s.name),
);
check(
  expectedStates.size === 4,
  `found the custom states in the form controller and the element (${expectedStates.size})`,
);
check(
  missingStates.length === 0,
  `lists every custom state (missing: ${missingStates.join(', ') || 'none'})`,
);

// What users write, not the source's names: expanded unions and real defaults.
const attribute = (name) => element.attributes?.find((a) => a.name === name);
const field = (name) => fields.find((m) => m.name === name);
for (const [name, type, fallback] of [
  ['view-type', "'full' | 'popup' | 'inline'", "'full'"],
  ['selection-mode', "'single' | 'multiple'", "'multiple'"],
  ['theme', "'light' | 'dark' | 'auto'", "'auto'"],
  ['orientation', "'auto' | 'portrait' | 'landscape'", "'auto'"],
  ['max-pickable-count', 'number', '30'],
  ['min-pickable-count', 'number', '1'],
]) {
  check(
    attribute(name)?.type?.text === type && attribute(name)?.default === fallback,
    `the ${name} attribute is typed ${type}, default ${fallback} (${attribute(name)?.type?.text}, ${attribute(name)?.default})`,
  );
}
const aliasNames = /\b(ViewType|SelectionMode|Theme|Orientation)\b|DEFAULT_/;
const named = [...(element.attributes ?? []), ...fields].filter((item) =>
  aliasNames.test(`${item.type?.text} ${item.default}`),
);
check(
  named.length === 0,
  `no attribute or property shows a type alias or constant name (found: ${named.map((i) => i.name).join(', ') || 'none'})`,
);
check(
  field('value')?.type?.text === 'string[]' && field('value')?.default === '[]',
  'the value property is string[], default []',
);

// Editor data generated from the manifest (tools/editor-data.mjs) and shipped.
for (const file of ['vscode.html-custom-data.json', 'web-types.json']) {
  check(existsSync(join(root, file)), `${file} is generated`);
}
if (existsSync(join(root, 'web-types.json'))) {
  const vscode = JSON.parse(read('vscode.html-custom-data.json'));
  const tag = vscode.tags?.find((t) => t.name === 'kakao-friend-picker');
  check(
    tag !== undefined &&
      missingFrom(
        attributes,
        tag.attributes.map((a) => a.name),
      ).length === 0,
    'vscode.html-custom-data.json describes the tag and every attribute',
  );
  check(
    tag?.attributes
      .find((a) => a.name === 'view-type')
      ?.values?.map((v) => v.name)
      .join() === 'full,popup,inline',
    'vscode.html-custom-data.json offers view-type values full, popup, inline',
  );
  const webTypes = JSON.parse(read('web-types.json'));
  const described = webTypes.contributions?.html?.elements?.find(
    (e) => e.name === 'kakao-friend-picker',
  );
  check(
    webTypes.name === packageJson.name && webTypes.version === packageJson.version,
    'web-types.json names the package and its version',
  );
  check(
    described !== undefined &&
      element.attributes.every((a) => {
        const entry = described.attributes.find((d) => d.name === a.name);
        return entry && entry.value.type === a.type.text.replace(/ \| undefined$/, '');
      }),
    "web-types.json has every attribute with the manifest's type",
  );
  check(
    described?.attributes.find((a) => a.name === 'max-pickable-count')?.value?.default === '30',
    'web-types.json gives max-pickable-count its default 30',
  );
  check(
    missingFrom(
      events.map((e) => e.name),
      described?.js?.events?.map((e) => e.name) ?? [],
    ).length === 0 && (described?.css?.parts?.length ?? 0) === partNames.length,
    'web-types.json lists every event and part',
  );
  check(packageJson['web-types'] === './web-types.json', 'package.json "web-types" points at it');
}

if (failures.length > 0) {
  console.log(`custom-elements.json: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('custom-elements.json: all checks passed');
