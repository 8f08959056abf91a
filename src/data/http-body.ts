import { PickerError } from '../errors.js';

/**
 * Largest response body read, in bytes. A page of 100 friends is about 20 kB and a friends file of
 * 10,000 about 2 MB; this leaves room for odd but honest answers (a 10 MB nickname is read, then
 * cut by validation) while a runaway stream cannot exhaust memory.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

function tooLarge(maxBytes: number): PickerError {
  return new PickerError('bad-response', `The response is larger than ${maxBytes} bytes.`);
}

/**
 * Reads a response body as UTF-8 text, refusing (`bad-response`) once it grows past `maxBytes`.
 * Stream and network failures are rethrown as they are, for the caller to classify.
 */
export async function readBodyText(response: Response, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes);
  }
  if (response.body === null) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** `JSON.parse` that reports failure as `undefined` plus a flag instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
