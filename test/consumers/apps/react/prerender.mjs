// The server side of the Next.js shape: Node imports the package (through the app's server
// bundle, where Vite leaves node_modules external) and renders the app to HTML, which the client
// bundle then hydrates (ssr.html). Every entry point also imports in Node, as server code might.
import { readFileSync, writeFileSync } from 'node:fs';

await import('kakao-friend-picker');
await import('kakao-friend-picker/react');
await import('kakao-friend-picker/bundle');
await import('kakao-friend-picker/bundle/kakao');
await import('kakao-friend-picker/bundle/select');
const { render } = await import('./dist/server/entry-server.js');
const html = render();
if (!html.includes('<kakao-friend-picker'))
  throw new Error(`no picker in the server HTML: ${html}`);
const page = readFileSync('dist/client/ssr.html', 'utf8');
writeFileSync('dist/client/ssr.html', page.replace('<!--app-->', html));
console.log('prerendered dist/client/ssr.html');
