// Secrets the user typed (an access token, a JavaScript key) live in module memory only: never in
// storage, the URL or a log. Everything the playground writes to its event log or status lines goes
// through `redact()`, so even a detail that somehow carried a secret would show it masked.

const secrets = new Set<string>();

/** Masks `value` wherever the playground prints text from now on (ignores very short values). */
export function rememberSecret(value: string): void {
  if (value.length >= 4) secrets.add(value);
}

export function forgetSecret(value: string): void {
  secrets.delete(value);
}

/** `text` with every remembered secret replaced by a mask. */
export function redact(text: string): string {
  let result = text;
  for (const secret of secrets) {
    if (result.includes(secret)) result = result.split(secret).join('•••(redacted)•••');
  }
  return result;
}
