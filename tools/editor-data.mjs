// Editor data generated from custom-elements.json by `npm run build:manifest` and shipped in the
// package: VS Code's HTML custom data (`vscode.html-custom-data.json`, for `html.customData`) and
// JetBrains Web Types (`web-types.json`, found through package.json "web-types"). Checked by
// scripts/checks/manifest.mjs.
import { writeFileSync } from 'node:fs';

/** `'a' | 'b'` → `['a', 'b']`; undefined unless the type is a union of string literals. */
function stringLiterals(typeText) {
  const parts = typeText.split('|').map((part) => part.trim());
  const values = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  return values.every((value) => value !== undefined) ? values : undefined;
}

const withoutUndefined = (typeText) =>
  typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined')
    .join(' | ');

/** The values an editor can offer for an attribute, from its manifest type and default. */
function attributeValues(attribute) {
  const type = withoutUndefined(attribute.type?.text ?? 'string');
  const literals = stringLiterals(type);
  if (literals) return { kind: 'enum', values: literals };
  // Options that default to true take "false" (a missing attribute means true).
  if (type === 'boolean') return { kind: attribute.default === 'true' ? 'false' : 'void' };
  return { kind: type === 'number' ? 'number' : 'text' };
}

function vscodeData(element, docsUrl) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: [
      {
        name: element.tagName,
        description: { kind: 'markdown', value: `${element.summary}\n\n${element.description}` },
        attributes: element.attributes.map((attribute) => {
          const values = attributeValues(attribute);
          const described = `${attribute.description ?? ''}${attribute.default && attribute.default !== 'undefined' ? ` Default: \`${attribute.default}\`.` : ''}`;
          return {
            name: attribute.name,
            description: { kind: 'markdown', value: described.trim() },
            ...(values.kind === 'enum' ? { values: values.values.map((name) => ({ name })) } : {}),
            ...(values.kind === 'false' ? { values: [{ name: 'false' }, { name: 'true' }] } : {}),
            ...(values.kind === 'void' ? { valueSet: 'v' } : {}),
          };
        }),
        references: [{ name: 'Documentation', url: docsUrl }],
      },
    ],
  };
}

function webTypes(element, packageJson, docsUrl) {
  const fields = (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' && member.privacy === undefined && !member.static && member.type,
  );
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: packageJson.name,
    version: packageJson.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: [
          {
            name: element.tagName,
            description: `${element.summary}\n\n${element.description}`,
            'doc-url': docsUrl,
            attributes: element.attributes.map((attribute) => ({
              name: attribute.name,
              description: attribute.description,
              value: {
                type: withoutUndefined(attribute.type?.text ?? 'string'),
                ...(attribute.default && attribute.default !== 'undefined'
                  ? { default: attribute.default }
                  : {}),
              },
            })),
            events: (element.events ?? []).map((event) => ({
              name: event.name,
              description: event.description,
            })),
            js: {
              properties: fields.map((field) => ({
                name: field.name,
                description: field.description,
                type: field.type.text,
                ...(field.readonly ? { 'read-only': true } : {}),
              })),
              events: (element.events ?? []).map((event) => ({
                name: event.name,
                description: event.description,
                type: event.type?.text,
              })),
            },
            css: {
              parts: (element.cssParts ?? []).map((part) => ({
                name: part.name,
                description: part.description,
              })),
              properties: (element.cssProperties ?? []).map((property) => ({
                name: property.name,
                description: `${property.description} Default: \`${property.default}\`.`,
              })),
            },
          },
        ],
      },
    },
  };
}

/** A CEM analyzer plugin writing both files next to custom-elements.json. */
export function editorDataPlugin({ packageJson, outdir = '.' }) {
  const docsUrl = `${String(packageJson.homepage).replace(/#.*$/, '')}#api`;
  return {
    name: 'kfp-editor-data',
    packageLinkPhase({ customElementsManifest }) {
      const element = customElementsManifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .find((declaration) => declaration.customElement && declaration.tagName);
      if (element === undefined) throw new Error('editor data: no custom element in the manifest');
      const write = (file, data) =>
        writeFileSync(`${outdir}/${file}`, `${JSON.stringify(data, null, 2)}\n`);
      write('vscode.html-custom-data.json', vscodeData(element, docsUrl));
      write('web-types.json', webTypes(element, packageJson, docsUrl));
    },
  };
}
