import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { templates as ja } from '../../src/generated/locales/ja.js';
import { templates as ko } from '../../src/generated/locales/ko.js';
import { templates as koKakaoErrors } from '../../src/generated/locales/ko-kakao-errors.js';
import { missingTargets, transUnits, translationProblems } from '../runner/translation-check.mjs';

async function xliff(locale: string): Promise<string> {
  const response = await fetch(`/locales/${locale}.xlf`);
  expect(response.ok, `${locale}.xlf`).to.equal(true);
  return response.text();
}

interface CheckResult {
  status: number;
  output: string;
}

function runCheck(payload: { locale?: string; removeTargetOf?: string } = {}) {
  return executeServerCommand<CheckResult, typeof payload>('kfp-check-translations', payload);
}

describe('translations (locales/*.xlf)', () => {
  // Korean, in the core bundle, has the messages of errors only a Kakao answer brings in a
  // module of their own (scripts/split-locales.mjs); Japanese loads as a whole.
  for (const [locale, generated] of [
    ['ko', { ...ko, ...koKakaoErrors }],
    ['ja', ja],
  ] as const) {
    it(`${locale}: every trans-unit has a target, and the generated modules hold them all`, async () => {
      const text = await xliff(locale);
      expect(translationProblems(locale, text)).to.deep.equal([]);
      const ids = transUnits(text).map((unit) => unit.id);
      expect(ids.length).to.be.greaterThan(30);
      expect(Object.keys(generated).sort()).to.deep.equal([...ids].sort());
    });
  }

  it('ko: the messages of errors only a Kakao answer brings are apart, and only they', () => {
    expect(Object.keys(koKakaoErrors)).to.have.length(6);
    for (const id of Object.keys(koKakaoErrors)) expect(id).to.match(/^kfp\.kakao-error\./);
    for (const id of Object.keys(ko)) expect(id).to.not.match(/^kfp\.kakao-error\./);
  });

  it('finds a removed or emptied target', async () => {
    const text = await xliff('ja');
    const [first, second] = transUnits(text);
    const removed = text.replace(/(id="kfp\.close">[\s\S]*?)<target>[\s\S]*?<\/target>/, '$1');
    expect(missingTargets(removed)).to.deep.equal(['kfp.close']);
    const emptied = text.replace(
      new RegExp(
        `(id="${second!.id.replace(/\./g, '\\.')}">[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`,
      ),
      '$1 $2',
    );
    expect(missingTargets(emptied)).to.deep.equal([second!.id]);
    expect(first!.id).to.not.equal(second!.id);
  });

  it('flags a target that drops a placeholder', async () => {
    const text = await xliff('ko');
    const broken = text.replace(
      /(id="kfp\.counter\.label">[\s\S]*?<target>)[\s\S]*?(<\/target>)/,
      '$1선택됨$2',
    );
    expect(translationProblems('ko', broken)).to.deep.equal([
      'ko.xlf: "kfp.counter.label" must use each placeholder of its source exactly once.',
    ]);
  });

  it('the npm test check passes on a copy of locales/ and fails once a target is removed', async function () {
    // Three runs of the check (a Node process each): slow on a busy machine.
    this.timeout(30_000);
    const intact = await runCheck();
    expect(intact.output).to.contain('Translations complete');
    expect(intact.status).to.equal(0);

    for (const [locale, id] of [
      ['ko', 'kfp.confirm'],
      ['ja', 'kfp.section.results'],
    ]) {
      const broken = await runCheck({ locale, removeTargetOf: id });
      expect(broken.status, `${locale} without ${id}`).to.equal(1);
      expect(broken.output).to.contain(`${locale}.xlf: "${id}" has no translation`);
    }
  });
});
