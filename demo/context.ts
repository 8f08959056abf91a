// What main.ts hands to the data sets that bring their own controls (the emulator, a real Kakao
// app).
import type { KakaoFriendPicker } from '../src/index.js';
import type { EventLog } from './event-log.js';

export interface PlaygroundContext {
  picker: KakaoFriendPicker;
  log: EventLog;
  /** The id of the chosen data set. */
  activeDataSet(): string;
  /** `picker.reload()` (bypasses the source's cache), timed and logged like the reload() button. */
  reload(why: string): Promise<void>;
  /** Makes the chosen data set's source again (after its settings changed) and loads from it. */
  recreateSource(): Promise<void>;
  /** Sets the status line under the data set selector. */
  setStatus(text: string): void;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}
