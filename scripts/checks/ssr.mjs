// Importing the package in Node (server rendering, unit tests) must not throw and must define
// nothing: there is no DOM to upgrade. Runs the built package by its own name, as an app would
// (after `npm run build`), and renders the React wrapper to a string. Run by `npm test`.
import { spawnSync } from 'node:child_process';

const root = new URL('../../', import.meta.url).pathname;
const failures = [];

function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ssr: ${message}`);
  if (!ok) failures.push(message);
}

/** Runs `code` as an ES module in a fresh Node process inside the package. */
function node(code) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
  });
}

// The exact command of the issue's "Done when".
const plain = spawnSync(process.execPath, ['-e', "import('kakao-friend-picker')"], {
  cwd: root,
  encoding: 'utf8',
});
check(
  plain.status === 0 && plain.stderr.trim() === '',
  `node -e "import('kakao-friend-picker')" succeeds${plain.stderr ? `: ${plain.stderr.trim().split('\n')[0]}` : ''}`,
);

const probe = node(`
  const before = new Set(Object.getOwnPropertyNames(globalThis));
  const api = await import('kakao-friend-picker');
  const react = await import('kakao-friend-picker/react');
  // The no-build bundles' entries resolve to the plain modules outside browsers.
  const bundles = [];
  for (const entry of ['bundle', 'bundle/kakao', 'bundle/select']) {
    bundles.push(Object.keys(await import('kakao-friend-picker/' + entry)).length);
  }
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  let rejected = null;
  try {
    await api.selectFriends({ dataSource: new api.ArrayFriendSource([]) });
  } catch (error) {
    rejected = { name: error?.name, code: error?.code };
  }
  const html = renderToString(
    createElement(react.KakaoFriendPicker, { viewType: 'inline', heading: 'To', onKfpConfirm() {} }),
  );
  const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
  console.log(JSON.stringify({
    exports: Object.keys(api).sort(),
    reactExports: Object.keys(react),
    bundles,
    defined: globalThis.customElements?.get?.('kakao-friend-picker') !== undefined,
    hasDocument: typeof document !== 'undefined',
    added,
    rejected,
    html,
  }));
`);
check(
  probe.status === 0,
  `the package, its React entry and react-dom/server load in Node${probe.status === 0 ? '' : `: ${probe.stderr.trim().split('\n').slice(0, 3).join(' ')}`}`,
);
if (probe.status === 0) {
  const result = JSON.parse(probe.stdout.trim().split('\n').pop());
  check(!result.hasDocument, 'there is no document in this process');
  for (const name of [
    'KakaoFriendPicker',
    'selectFriends',
    'selectFriend',
    'ArrayFriendSource',
    'PickerError',
  ]) {
    check(result.exports.includes(name), `exports ${name}`);
  }
  check(
    result.bundles.length === 3 && result.bundles.every((count) => count > 0),
    `kakao-friend-picker/bundle, /bundle/kakao and /bundle/select import in Node (${result.bundles})`,
  );
  check(
    result.reactExports.includes('KakaoFriendPicker'),
    'the React entry exports KakaoFriendPicker',
  );
  check(
    !result.defined,
    "defines no <kakao-friend-picker> (not even in Lit's customElements shim)",
  );
  const ours = result.added.filter((name) => /kfp|kakao|picker/i.test(name));
  check(ours.length === 0, `adds no globals of its own (found: ${ours.join(', ') || 'none'})`);
  check(
    result.rejected?.name === 'PickerError' && result.rejected.code === 'invalid-options',
    `selectFriends() rejects with a PickerError without a DOM (${JSON.stringify(result.rejected)})`,
  );
  check(
    /^<kakao-friend-picker[\s>]/.test(result.html) &&
      result.html.includes('</kakao-friend-picker>'),
    `the React wrapper renders the tag on the server (${result.html.slice(0, 80)})`,
  );
}

if (failures.length > 0) {
  console.log(`ssr: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('ssr: all checks passed');
