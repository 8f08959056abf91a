import { transform as transformCss } from 'lightningcss';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';
import { collapseMarkup } from './collapse-markup.js';

/** A placeholder for `${…}` while a template's text is minified: no whitespace, `<>=` or quotes. */
const HOLE = '\u0000kfp-hole\u0000';

interface TemplateElement {
  start: number;
  end: number;
  value: { raw: string; cooked: string | null };
}

interface Tagged {
  tag: string;
  quasis: TemplateElement[];
}

/** Every `html`, `svg` and `css` tagged template literal in `ast`. */
function taggedTemplates(ast: unknown): Tagged[] {
  const found: Tagged[] = [];
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown> & { type?: unknown };
    if (record.type === 'TaggedTemplateExpression') {
      const tag = record.tag as { type: string; name?: string };
      const quasi = record.quasi as { quasis: TemplateElement[] };
      if (tag.type === 'Identifier' && ['html', 'svg', 'css'].includes(tag.name!)) {
        found.push({ tag: tag.name!, quasis: quasi.quasis });
      }
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'parent' && typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  return found;
}

/** Text for a template literal's raw source: the minified CSS may not hold `` ` ``, `\` or `${`. */
function asTemplateRaw(text: string): string {
  return text.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
}

/**
 * Minifies the markup of our own Lit templates in the bundles: `html`/`svg` through
 * {@link collapseMarkup} (whitespace only, where HTML ignores it), `css` through Lightning CSS
 * (from the template's cooked text; a CSS error fails the build). A `css` template with `${…}`
 * parts is left as it is. The build fails if a template's number of parts changes.
 *
 * Why not an npm plugin: `minify-literals` (the maintained fork of `minify-html-literals`) with
 * its defaults minifies a `style=${styleMap(…)}` attribute as CSS into `style=${…};`, which Lit
 * then rejects (a directive must be the attribute's whole value); its conservative options leave
 * little beyond what this does.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'kfp-minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/][^?]+\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const templates = taggedTemplates(this.parse(code));
      if (templates.length === 0) return null;
      const edit = new MagicString(code);
      for (const { tag, quasis } of templates) {
        for (const quasi of quasis) {
          if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) {
            throw new Error(`${id}: unexpected template element positions at ${quasi.start}`);
          }
        }
        let parts: string[];
        if (tag === 'css') {
          if (quasis.length !== 1 || quasis[0]!.value.cooked === null) continue;
          const css = transformCss({
            filename: id,
            code: Buffer.from(quasis[0]!.value.cooked),
            minify: true,
          }).code.toString();
          parts = [asTemplateRaw(css)];
        } else {
          parts = collapseMarkup(quasis.map((quasi) => quasi.value.raw).join(HOLE)).split(HOLE);
        }
        if (parts.length !== quasis.length) {
          throw new Error(`${id}: minifying a ${tag} template changed its number of parts`);
        }
        quasis.forEach((quasi, index) => {
          if (quasi.end > quasi.start && parts[index] !== quasi.value.raw) {
            edit.overwrite(quasi.start, quasi.end, parts[index]!);
          } else if (quasi.end === quasi.start && parts[index] !== '') {
            edit.appendLeft(quasi.start, parts[index]!);
          }
        });
      }
      return { code: edit.toString(), map: edit.generateMap({ hires: true, source: id }) };
    },
  };
}
