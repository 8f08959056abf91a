// The package's "." export stays tree-shakable (issue 8): a Vite app that imports only the element
// and ArrayFriendSource from the built package ships no Kakao-source and no Promise-API code. Two
// tiny apps are built against dist/ through the package's own "exports" (node_modules/
// kakao-friend-picker is a link to this folder): the element-only app must hold none of the
// marker strings below and must hold the element; a control app that imports the Kakao sources
// and selectFriends must hold every marker, so the check can fail. Run by `npm test` after
// `npm run build`; exits 1 on a failure.
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Strings found only in the code of what must not ship: literals minifiers keep. */
const markers = {
  KakaoRestFriendSource: 'kapi.kakao.com',
  KakaoSdkFriendSource: 'Kakao.API.request',
  'Kakao friends endpoint': '/v1/api/talk/friends',
  selectFriends: 'the user closed the picker',
};
/** Strings of the element and its in-memory source. */
const present = ['kakao-friend-picker', 'kfp-confirm'];

const failures = [];
function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} tree-shaking: ${message}`);
  if (!ok) failures.push(message);
}

/** Builds `main.js` in `folder` with Vite (production) and returns every output file's text. */
async function buildApp(folder, code) {
  await writeFile(join(folder, 'main.js'), code);
  await build({
    root: folder,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: join(folder, 'out'),
      emptyOutDir: true,
      rollupOptions: { input: join(folder, 'main.js') },
    },
  });
  const files = await readdir(join(folder, 'out'), { recursive: true });
  let text = '';
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    text += await readFile(join(folder, 'out', file), 'utf8');
  }
  return { text, files: files.filter((name) => name.endsWith('.js')).length };
}

const folder = await mkdtemp(join(tmpdir(), 'kfp-tree-shaking-'));
try {
  await mkdir(join(folder, 'node_modules'));
  await symlink(root, join(folder, 'node_modules', 'kakao-friend-picker'), 'dir');

  const slim = await buildApp(
    folder,
    `import { KakaoFriendPicker, ArrayFriendSource } from 'kakao-friend-picker';
const picker = new KakaoFriendPicker();
picker.dataSource = new ArrayFriendSource([{ uuid: 'a', profile_nickname: 'Kim' }]);
document.body.append(picker);
`,
  );
  for (const [what, marker] of Object.entries(markers)) {
    check(!slim.text.includes(marker), `element-only app has no ${what} code ("${marker}")`);
  }
  for (const marker of present) {
    check(slim.text.includes(marker), `element-only app holds the element ("${marker}")`);
  }
  console.log(`     element-only app: ${slim.files} file(s), ${slim.text.length} bytes of JS`);

  const full = await buildApp(
    folder,
    `import { KakaoRestFriendSource, KakaoSdkFriendSource, selectFriends } from 'kakao-friend-picker';
const dataSource = new KakaoRestFriendSource({ accessToken: 'x' });
window.pick = () => selectFriends({ dataSource });
window.sdk = () => new KakaoSdkFriendSource();
`,
  );
  for (const [what, marker] of Object.entries(markers)) {
    check(full.text.includes(marker), `control app holds ${what} code ("${marker}")`);
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`tree-shaking: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('tree-shaking: all checks passed');
