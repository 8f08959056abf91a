import { expect } from '@open-wc/testing';
import {
  parseCountAttribute,
  parseTrueByDefaultAttribute,
  resolveOptions,
} from '../../src/core/options.js';

const valid = {
  viewType: 'popup',
  selectionMode: 'single',
  theme: 'dark',
  orientation: 'landscape',
  maxPickableCount: 10,
  minPickableCount: 2,
};

describe('resolveOptions', () => {
  it('keeps valid options', () => {
    const { options, problems } = resolveOptions(valid);
    expect(options).to.deep.equal(valid);
    expect(problems).to.deep.equal([]);
  });

  for (const [name, value] of [
    ['maxPickableCount', 0],
    ['maxPickableCount', 101],
    ['maxPickableCount', 2.5],
    ['maxPickableCount', 'ten'],
    ['minPickableCount', 0],
    ['viewType', 'sheet'],
    ['selectionMode', 'many'],
    ['theme', 'blue'],
    ['orientation', 'diagonal'],
  ] as const) {
    it(`falls back and reports ${name} = ${String(value)}`, () => {
      const { options, problems } = resolveOptions({ ...valid, [name]: value });
      expect(problems).to.have.length(1);
      expect(problems[0]).to.contain(name);
      const defaults: Record<string, unknown> = {
        maxPickableCount: 30,
        minPickableCount: 1,
        viewType: 'full',
        selectionMode: 'multiple',
        theme: 'auto',
        orientation: 'auto',
      };
      expect(options[name]).to.equal(defaults[name]);
    });
  }

  it('resets both counts when min exceeds max', () => {
    const { options, problems } = resolveOptions({
      ...valid,
      minPickableCount: 5,
      maxPickableCount: 2,
    });
    expect(options.maxPickableCount).to.equal(30);
    expect(options.minPickableCount).to.equal(1);
    expect(problems[0]).to.contain('minPickableCount');
  });
});

describe('attribute parsing', () => {
  it('reads counts as numbers only when numeric', () => {
    expect(parseCountAttribute('12', 30)).to.equal(12);
    expect(parseCountAttribute(' 7 ', 30)).to.equal(7);
    expect(parseCountAttribute('abc', 30)).to.equal('abc');
    expect(parseCountAttribute(null, 30)).to.equal(30);
  });

  it('treats a missing attribute as true and "false" as false', () => {
    expect(parseTrueByDefaultAttribute(null)).to.equal(true);
    expect(parseTrueByDefaultAttribute('')).to.equal(true);
    expect(parseTrueByDefaultAttribute('true')).to.equal(true);
    expect(parseTrueByDefaultAttribute('false')).to.equal(false);
    expect(parseTrueByDefaultAttribute('FALSE')).to.equal(false);
  });
});
