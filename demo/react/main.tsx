// The React page of the demo: `kakao-friend-picker/react` (here from source) in three uses.
import { StrictMode, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ArrayFriendSource, PickerError, selectFriends } from '../../src/index.js';
import type { Friend } from '../../src/index.js';
import { KakaoFriendPicker, type KakaoFriendPickerElement } from '../../src/react.js';
import { sampleFriends, sampleProfile } from '../data/sample-friends.js';

// One source for the whole page: a new object on every render would reload the friends.
const friends = new ArrayFriendSource(sampleFriends, { profile: sampleProfile });

function names(users: Friend[]): string {
  return users.map((user) => user.profile_nickname ?? user.uuid).join(', ') || '—';
}

function App() {
  const popup = useRef<KakaoFriendPickerElement>(null);
  const [log, setLog] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState<string[] | null>(null);
  const note = (line: string) => setLog((lines) => [line, ...lines].slice(0, 12));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(new FormData(event.currentTarget).getAll('to').map(String));
  };

  const handlePromise = async () => {
    try {
      const { selectedTotalCount, users } = await selectFriends({
        title: '받는 사람',
        maxPickableCount: 3,
        dataSource: friends,
      });
      note(`selectFriends() → ${selectedTotalCount}: ${names(users)}`);
    } catch (error) {
      note(
        `selectFriends() rejected: ${error instanceof PickerError ? error.code : String(error)}`,
      );
    }
  };

  return (
    <main className="layout">
      <section className="controls" aria-labelledby="form-title">
        <h2 id="form-title">In a form</h2>
        <form onSubmit={handleSubmit}>
          <KakaoFriendPicker
            name="to"
            required
            viewType="inline"
            maxPickableCount={5}
            dataSource={friends}
            style={{ height: 480 }}
            onKfpChange={(event) => note(`onKfpChange: ${names(event.detail.users)}`)}
            onKfpLoad={(event) => note(`onKfpLoad: ${event.detail.totalCount} friends`)}
            onKfpError={(event) => note(`onKfpError: ${event.detail.code}`)}
          />
          <button type="submit">Send</button>
        </form>
        <p role="status">
          {submitted === null ? 'Not sent yet.' : `FormData "to": ${submitted.join(', ')}`}
        </p>
      </section>

      <section className="controls" aria-labelledby="popup-title">
        <h2 id="popup-title">A popup, through a ref</h2>
        <button type="button" onClick={() => void popup.current?.show()}>
          Choose one friend
        </button>
        <KakaoFriendPicker
          ref={popup}
          viewType="popup"
          selectionMode="single"
          heading="한 명 선택"
          dataSource={friends}
          onKfpConfirm={(event) => note(`onKfpConfirm: ${names(event.detail.users)}`)}
          onKfpCancel={(event) => note(`onKfpCancel: ${event.detail.reason}`)}
        />

        <h2>The Promise API</h2>
        <button type="button" onClick={() => void handlePromise()}>
          selectFriends()
        </button>

        <h2>Events</h2>
        <ol aria-live="polite">
          {log.map((line, index) => (
            <li key={`${log.length - index}`}>{line}</li>
          ))}
        </ol>
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
