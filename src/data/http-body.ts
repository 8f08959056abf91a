import { PickerError } from '../errors.js';

/**
 * Largest response body read, in bytes. A page of 100 friends is about 20 kB and a friends file of
 * 10,000 about 2 MB; this leaves room for odd but honest answers (a 10 MB nickname is read, then
 * cut by validation) while a runaway stream cannot exhaust memory.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * A response body parsed as JSON, or `undefined` when it is not JSON (JSON itself has no
 * `undefined`). A body past `maxBytes`, declared or streamed, is refused (`bad-response`) and
 * cancelled; stream and network failures are rethrown as they are, for the caller to classify.
 */
export async function readJson(response: Response, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  // A declared length past the bound is refused before anything is read.
  let size = Number(response.headers.get('content-length')) > maxBytes ? Infinity : 0;
  for (let chunk; reader && size <= maxBytes && !(chunk = await reader.read()).done;) {
    size += chunk.value.byteLength;
    text += decoder.decode(chunk.value, { stream: true });
  }
  if (size > maxBytes) {
    reader?.cancel().catch(() => undefined);
    throw new PickerError('bad-response', `The response is larger than ${maxBytes} bytes.`);
  }
  try {
    return JSON.parse(text + decoder.decode()) as unknown;
  } catch {
    return undefined;
  }
}
