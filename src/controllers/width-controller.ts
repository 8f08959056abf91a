import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width from which the panel counts as wide: `orientation="auto"` lays it out in landscape. */
const WIDE_MIN_WIDTH = 720;

/**
 * Whether the host's panel is wide, kept current by a ResizeObserver. The panel is looked for
 * after each update: a full or popup picker renders a new one each time it opens.
 */
export class WidthController implements ReactiveController {
  wide = false;
  #target: Element | null = null;
  #observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The element to measure, once rendered. */
    private readonly target: () => Element | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.target();
    if (target === this.#target) return;
    this.#target = target;
    this.#observer?.disconnect();
    if (target === null) return;
    this.#observer ??= new ResizeObserver((records) => {
      const wide = (records[records.length - 1]?.contentRect.width ?? 0) >= WIDE_MIN_WIDTH;
      if (wide !== this.wide) {
        this.wide = wide;
        this.host.requestUpdate();
      }
    });
    this.#observer.observe(target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#target = null;
  }
}
