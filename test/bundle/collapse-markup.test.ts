// The build-time template minifier (tools/collapse-markup.ts, used by vite.bundle.config.ts): it
// may only change whitespace where the HTML parser, and so Lit, builds the same thing.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { collapseMarkup } from '../../tools/collapse-markup.js';

const HOLE = '\u0000hole\u0000';

/** The DOM the HTML parser builds from `markup` (holes as Lit-like markers), text whitespace
 * collapsed as rendering collapses it. */
function parsed(markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = markup.split(HOLE).join('lit$0$');
  const describe = (node: Node): string => {
    if (node instanceof Element) {
      const attributes = [...node.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`);
      const children = node instanceof HTMLTemplateElement ? node.content : node;
      return `<${node.localName}${attributes.join('')}>${[...children.childNodes].map(describe).join('')}</>`;
    }
    if (node instanceof Comment) return `<!--${node.data}-->`;
    return (node.textContent ?? '').replace(/\s+/g, ' ');
  };
  return [...template.content.childNodes].map(describe).join('');
}

describe('collapseMarkup', () => {
  it('collapses whitespace in text and between attributes', () => {
    expect(
      collapseMarkup('<div\n    part="x"\n    class="y"\n  >\n    <p>a   b</p>\n  </div>'),
    ).to.equal('<div part="x" class="y"> <p>a b</p> </div>');
  });

  it('keeps quoted values and comments exactly', () => {
    expect(collapseMarkup('<b title="a   b" data-x=\'c\n d\'>x</b>')).to.equal(
      '<b title="a   b" data-x=\'c\n d\'>x</b>',
    );
    expect(collapseMarkup('<!--  a\n  b  -->')).to.equal('<!--  a\n  b  -->');
  });

  it('drops whitespace before > but keeps it before /> after an unquoted value', () => {
    expect(collapseMarkup(`<span style=${HOLE}\n  >x</span\n  >`)).to.equal(
      `<span style=${HOLE}>x</span>`,
    );
    expect(collapseMarkup(`<img src=${HOLE} />`)).to.equal(`<img src=${HOLE} />`);
    expect(collapseMarkup('<img alt="" />')).to.equal('<img alt=""/>');
  });

  it('leaves markup with whitespace-preserving elements alone', () => {
    for (const markup of [
      '<pre>  a\n  b</pre>',
      '<textarea> x  </textarea>',
      '<style> a {} </style>',
    ]) {
      expect(collapseMarkup(markup)).to.equal(markup);
    }
  });

  it('never changes what the parser builds, nor the number of bindings', () => {
    const token = fc.constantFrom(
      '<div',
      '<span',
      '<img',
      '<button',
      '</div>',
      '</span>',
      '</button>',
      '>',
      '/>',
      ' ',
      '  ',
      '\n    ',
      '\t',
      'class="a  b"',
      "title='x\n y'",
      'id=',
      'disabled',
      '.value=',
      '?hidden=',
      '@click=',
      '=',
      '"',
      "'",
      HOLE,
      'text',
      'a b',
      '<!-- note -->',
      '<!--',
      '-->',
      '<!x',
      '</ ',
      '<?',
      '<b',
      'a=b',
      "=''",
      '/',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const markup = tokens.join('');
        const collapsed = collapseMarkup(markup);
        expect(collapsed.split(HOLE).length).to.equal(markup.split(HOLE).length);
        expect(parsed(collapsed)).to.equal(parsed(markup));
      }),
      { numRuns: 3000 },
    );
  });
});
