// What the Kakao Talk Message API would receive for a confirmed selection. Pure (no DOM): the page
// renders it, and nothing is ever sent.

/** Kakao sends one custom-template message to at most this many friends per request. */
export const MAX_RECEIVERS_PER_REQUEST = 5;

export const MESSAGE_SEND_URL = 'https://kapi.kakao.com/v1/api/talk/friends/message/send';

export interface MessageSendRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  /** The form fields, before URL encoding: `receiver_uuids` is a JSON array of strings. */
  fields: Record<string, string>;
  /** The body exactly as sent (`application/x-www-form-urlencoded`). */
  body: string;
}

export interface MessageSendOptions {
  /** A template made in [Tools] > [Message Template]; a placeholder by default. */
  templateId?: string;
  /** Shown in the Authorization header; the token stays on your server in a real app. */
  accessToken?: string;
}

/** One request per batch of up to five uuids, in pick order. */
export function buildMessageSendRequests(
  uuids: readonly string[],
  options: MessageSendOptions = {},
): MessageSendRequest[] {
  const templateId = options.templateId ?? 'YOUR_TEMPLATE_ID';
  const accessToken = options.accessToken ?? 'YOUR_ACCESS_TOKEN';
  const requests: MessageSendRequest[] = [];
  for (let start = 0; start < uuids.length; start += MAX_RECEIVERS_PER_REQUEST) {
    const fields = {
      receiver_uuids: JSON.stringify(uuids.slice(start, start + MAX_RECEIVERS_PER_REQUEST)),
      template_id: templateId,
    };
    requests.push({
      method: 'POST',
      url: MESSAGE_SEND_URL,
      headers: {
        Authorization: `Bearer ${accessToken}`,
        'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8',
      },
      fields,
      body: new URLSearchParams(fields).toString(),
    });
  }
  return requests;
}

/** The request as HTTP/1.1 text. */
export function formatHttpRequest(request: MessageSendRequest): string {
  const url = new URL(request.url);
  const headers = Object.entries({ Host: url.host, ...request.headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return [`${request.method} ${url.pathname} HTTP/1.1`, ...headers, '', request.body].join('\n');
}
