import { expect } from '@open-wc/testing';
import {
  OptionsState,
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

describe('OptionsState', () => {
  const changed = (...names: string[]) => new Set(names);

  it('holds the validated options, with the rules and view kind they set', () => {
    const state = new OptionsState({ ...valid }, () => {});
    expect(state.current).to.deep.equal(valid);
    expect(state.rules).to.deep.equal({ mode: 'single', max: 10, min: 2 });
    expect(state.multiple).to.equal(false);
    expect(state.dialog).to.equal(true);
    expect(new OptionsState({ ...valid, viewType: 'inline' }, () => {}).dialog).to.equal(false);
  });

  it('validates again only when an option changed, and reports the same problems once', () => {
    const reports: string[] = [];
    const raw: { [K in keyof typeof valid]: unknown } = { ...valid };
    const state = new OptionsState(raw, (report) => reports.push(report));
    raw.maxPickableCount = 0;
    state.update(changed('heading', 'open'));
    expect(state.current.maxPickableCount).to.equal(10);
    state.update(changed('maxPickableCount'));
    expect(state.current.maxPickableCount).to.equal(30);
    state.update(changed('maxPickableCount', 'theme'));
    expect(reports).to.have.length(1);
    expect(reports[0]).to.contain('maxPickableCount');
    raw.maxPickableCount = 5;
    state.update(changed('maxPickableCount'));
    expect(state.current.maxPickableCount).to.equal(5);
    raw.theme = 'sepia';
    state.update(changed('theme'));
    expect(reports).to.have.length(2);
    expect(reports[1]).to.contain('theme');
  });
});
