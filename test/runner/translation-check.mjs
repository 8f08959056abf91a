// Pure checks on XLIFF 1.2 text as `lit-localize extract` writes it. No Node or DOM APIs: the
// command-line check (scripts/checks/translations.mjs) and the browser tests (test/i18n/) share it.

const TRANS_UNIT = /<trans-unit\b[^>]*?\bid="([^"]*)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
const TARGET = /<target\b[^>]*?(?:\/>|>([\s\S]*?)<\/target>)/;
const SOURCE = /<source\b[^>]*>([\s\S]*?)<\/source>/;
const PLACEHOLDER = /<x\b[^>]*?\bid="([^"]*)"/g;

/**
 * The `<trans-unit>`s of an XLIFF file: id, and the inner XML of the source and of the target
 * (`undefined` when there is none).
 */
export function transUnits(xliff) {
  const units = [];
  for (const [, id, body] of xliff.matchAll(TRANS_UNIT)) {
    const target = TARGET.exec(body);
    units.push({
      id,
      source: SOURCE.exec(body)?.[1] ?? '',
      target: target === null ? undefined : (target[1] ?? ''),
    });
  }
  return units;
}

function placeholdersOf(text) {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]).sort();
}

/** Ids of the trans-units with no `<target>`, or an empty one. */
export function missingTargets(xliff) {
  return transUnits(xliff)
    .filter((unit) => unit.target === undefined || unit.target.trim() === '')
    .map((unit) => unit.id);
}

/** Every problem with one locale's XLIFF file, as sentences (none: the file is complete). */
export function translationProblems(locale, xliff) {
  const units = transUnits(xliff);
  const problems = [];
  if (!new RegExp(`target-language="${locale}"`).test(xliff)) {
    problems.push(`${locale}.xlf does not declare target-language="${locale}".`);
  }
  if (units.length === 0) problems.push(`${locale}.xlf has no <trans-unit>.`);
  for (const id of missingTargets(xliff)) {
    problems.push(`${locale}.xlf: "${id}" has no translation (<target>).`);
  }
  for (const { id, source, target } of units) {
    if (!id.startsWith('kfp.')) {
      problems.push(`${locale}.xlf: "${id}" is not a kfp.* id: give that msg() an explicit id.`);
    }
    if (target !== undefined && placeholdersOf(source).join() !== placeholdersOf(target).join()) {
      problems.push(`${locale}.xlf: "${id}" must use each placeholder of its source exactly once.`);
    }
  }
  return problems;
}
