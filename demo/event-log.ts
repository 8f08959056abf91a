// The playground's event log: one entry per `kfp-*` event (and per method call), newest first.
// Text is redacted (demo/secrets.ts) and clipped: a hostile emulator body carries a 10 MB nickname.
import type { Friend } from '../src/index.js';
import { redact } from './secrets.js';

/** Entries kept; older ones drop off the end. */
const MAX_ENTRIES = 200;
/** Characters shown of a summary line and of a detail's JSON. */
const MAX_SUMMARY = 600;
const MAX_DETAIL = 20_000;

/** `text` cut to `max` characters, saying how much was left out. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en')} more characters)`;
}

export type LogKind =
  | 'kfp-change'
  | 'kfp-confirm'
  | 'kfp-request-close'
  | 'kfp-cancel'
  | 'kfp-load'
  | 'kfp-error'
  | 'method';

function time(): string {
  const now = new Date();
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}.${pad(now.getMilliseconds(), 3)}`;
}

function names(users: readonly Friend[] | undefined): string {
  if (users === undefined || users.length === 0) return '';
  return ` (${users.map((user) => user.profile_nickname ?? user.uuid).join(', ')})`;
}

/** A one-line summary of an event's detail; the full detail sits in a disclosure below it. */
export function summarize(kind: LogKind, detail: unknown): string {
  const value = (detail ?? {}) as Record<string, unknown>;
  switch (kind) {
    case 'kfp-change':
      return `uuids ${JSON.stringify(value.uuids)}${names(value.users as Friend[] | undefined)}`;
    case 'kfp-confirm':
      return `selectedTotalCount ${String(value.selectedTotalCount)}, uuids ${JSON.stringify(value.uuids)}${names(value.users as Friend[] | undefined)}`;
    case 'kfp-request-close':
    case 'kfp-cancel':
      return `reason "${String(value.reason)}"`;
    case 'kfp-load':
      return `totalCount ${String(value.totalCount)}`;
    case 'kfp-error':
      return `${String(value.code)}${value.retryable === true ? ' (retryable)' : ''}: ${String(value.message)}`;
    default:
      return String(detail);
  }
}

export class EventLog {
  constructor(
    private readonly list: HTMLOListElement,
    private readonly emptyMessage: HTMLElement,
  ) {}

  add(kind: LogKind, title: string, detail?: unknown): void {
    const item = document.createElement('li');
    item.dataset.type = kind;
    const stamp = document.createElement('time');
    stamp.textContent = time();
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = redact(title);
    const summary = document.createElement('span');
    summary.className = 'summary';
    summary.textContent = clip(redact(summarize(kind, detail)), MAX_SUMMARY);
    item.append(stamp, name, summary);
    if (kind !== 'method' && detail !== undefined) {
      const details = document.createElement('details');
      const label = document.createElement('summary');
      label.textContent = 'detail';
      const pre = document.createElement('pre');
      // Redacted before clipping, so a cut never leaves part of a secret behind.
      pre.textContent = clip(redact(JSON.stringify(detail, null, 2) ?? typeof detail), MAX_DETAIL);
      details.append(label, pre);
      item.append(details);
    }
    this.list.prepend(item);
    while (this.list.childElementCount > MAX_ENTRIES) this.list.lastElementChild?.remove();
    this.emptyMessage.hidden = true;
  }

  clear(): void {
    this.list.replaceChildren();
    this.emptyMessage.hidden = false;
  }
}
