/**
 * Resolves on a new task: a `MessageChannel` message, which (unlike `setTimeout`) is never
 * clamped to 4 ms. The channel is closed once used, so nothing keeps its owner alive.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
