// A test-runner command that runs scripts/checks/translations.mjs on a scratch copy of locales/, with one
// <target> removed on request, so the browser suite proves `npm test` fails on a missing
// translation (test/i18n/translations.test.ts).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/checks/translations.mjs');

/** Removes the `<target>` of trans-unit `id`; throws when there is none to remove. */
export function withoutTarget(xliff, id) {
  const unit = new RegExp(
    `(<trans-unit\\b[^>]*\\bid="${id.replace(/[.]/g, '\\.')}"[^>]*>[\\s\\S]*?)` +
      `\\s*<target\\b[\\s\\S]*?</target>`,
  );
  if (!unit.test(xliff)) throw new Error(`no <target> for ${id}`);
  return xliff.replace(unit, '$1');
}

export function translationCheckPlugin() {
  return {
    name: 'kfp-check-translations',
    async executeCommand({ command, payload }) {
      if (command !== 'kfp-check-translations') return undefined;
      const scratch = mkdtempSync(join(tmpdir(), 'kfp-xliff-'));
      try {
        cpSync(join(root, 'locales'), scratch, { recursive: true });
        const { locale, removeTargetOf } = payload ?? {};
        if (locale !== undefined && removeTargetOf !== undefined) {
          const file = join(scratch, `${locale}.xlf`);
          writeFileSync(file, withoutTarget(readFileSync(file, 'utf8'), removeTargetOf));
        }
        return await new Promise((resolve) => {
          execFile(
            process.execPath,
            [script, '--xliff-dir', scratch],
            { cwd: root },
            (error, stdout, stderr) =>
              resolve({ status: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
          );
        });
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}
