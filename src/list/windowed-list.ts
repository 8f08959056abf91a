import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import {
  indexAt,
  offsetOf,
  scrollTopFor,
  totalHeightOf,
  visibleRange,
  type ListGeometry,
} from './geometry.js';
import { styleProperties } from './style-properties.js';

/** Rows rendered above and below the viewport, so a fast scroll shows no blank band. */
const OVERSCAN = 10;
/** Until the first rows are painted: the fewer rows, the sooner they show. */
const FIRST_OVERSCAN = 1;
/** Row and header heights until the rendered ones are measured (the CSS defaults). */
const DEFAULT_ROW_HEIGHT = 60;
const DEFAULT_HEADER_HEIGHT = 32;

/** What the list shows: the rows are asked for by index, only those in the window. */
export interface WindowedRows<Row> {
  readonly rowCount: number;
  readonly headers: readonly number[];
  rowAt(index: number): Row | undefined;
  renderRow(row: Row, index: number): TemplateResult;
}

/** Where the host renders the list: found after each update, never queried during one. */
export interface WindowedListParts {
  /** The box the list fills, present in every state (loading included): its height is the viewport's. */
  area(): HTMLElement | null;
  /** The scroller element (the one with `overflow: auto`), when the list is shown. */
  scroller(): HTMLElement | null;
}

/**
 * A windowed list for rows of fixed heights (one for rows, one for section headers): it renders
 * the rows in view plus a few, positioned by arithmetic (see `geometry.ts`), and keeps its scroll
 * state for keyboard scrolling, index jumps and a sticky header. The host renders the scroller
 * element and puts {@link WindowedList.renderWindow} in it. Defines no custom element and never
 * forces a layout: sizes come from ResizeObserver, which reports them before the frame is painted
 * — the viewport's from the list's area (laid out before the first friends arrive), the rows'
 * from the first rendered row and header, once.
 */
export class WindowedList implements ReactiveController {
  #element: HTMLElement | undefined;
  #area: HTMLElement | undefined;
  #scrollTop = 0;
  /** A small guess until the list's area is laid out: more rows than fit only delay the first ones. */
  #viewportHeight = 400;
  #rowHeight = DEFAULT_ROW_HEIGHT;
  #headerHeight = DEFAULT_HEADER_HEIGHT;
  #measuring = false;
  #measured = false;
  #overscan = FIRST_OVERSCAN;
  #resizeObserver: ResizeObserver | undefined;
  #geometry: ListGeometry = {
    rowCount: 0,
    rowHeight: DEFAULT_ROW_HEIGHT,
    headerHeight: DEFAULT_HEADER_HEIGHT,
    headers: [],
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: WindowedListParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#area !== undefined) this.#observe(this.#area);
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  hostUpdated(): void {
    const area = this.parts.area() ?? undefined;
    if (area !== this.#area) {
      this.#area = area;
      this.#resizeObserver?.disconnect();
      this.#resizeObserver = undefined;
      if (area !== undefined) this.#observe(area);
    }
    this.#attach(this.parts.scroller() ?? undefined);
    if (this.#measuring || this.#measured || this.#element === undefined) return;
    const row = this.#element.querySelector<HTMLElement>('[role="option"]');
    if (row === null) return;
    // Once: the rows' real heights (the `--kfp-size-row` token may have been changed).
    this.#measuring = true;
    const header = this.#element.querySelector<HTMLElement>('[part~="section-header"]');
    this.#resizeObserver?.observe(row, { box: 'border-box' });
    if (header !== null) this.#resizeObserver?.observe(header, { box: 'border-box' });
    // The rows beyond the viewport come once the first ones are on screen.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#overscan = OVERSCAN;
        this.host.requestUpdate();
      }),
    );
  }

  /** The row at the top of the viewport (under the sticky header), or -1. */
  get topIndex(): number {
    return indexAt(this.#geometry, this.#scrollTop + this.#headerHeight);
  }

  /** The first row in the viewport (the sticky header covers it), or -1. */
  get firstIndex(): number {
    return indexAt(this.#geometry, this.#scrollTop);
  }

  /** Rows that fit in the viewport (for Page Up/Down). */
  get pageSize(): number {
    return Math.max(1, Math.floor((this.#viewportHeight - this.#headerHeight) / this.#rowHeight));
  }

  /** The sticky header's height. */
  get stickyHeight(): number {
    return this.#headerHeight;
  }

  /**
   * Scrolls row `index` into view: `start` puts it at the top below the sticky header, `nearest`
   * scrolls as little as possible. Synchronous: the row is rendered by the next update.
   */
  scrollToIndex(index: number, block: 'start' | 'nearest'): void {
    const next = scrollTopFor(
      this.#geometry,
      index,
      block,
      this.#scrollTop,
      this.#viewportHeight,
      this.#headerHeight,
    );
    this.scrollTo(next);
  }

  /** Scrolls to a pixel offset (0 is the top). */
  scrollTo(top: number): void {
    if (top === this.#scrollTop && this.#element?.scrollTop === top) return;
    this.#scrollTop = top;
    if (this.#element !== undefined) this.#element.scrollTop = top;
    this.host.requestUpdate();
  }

  /** The sizer and the rendered rows, for inside the scroller element. */
  renderWindow<Row>(rows: WindowedRows<Row>): TemplateResult {
    this.#geometry = {
      rowCount: rows.rowCount,
      rowHeight: this.#rowHeight,
      headerHeight: this.#headerHeight,
      headers: rows.headers,
    };
    const total = totalHeightOf(this.#geometry);
    // A list that shrank (a search) may leave the old scroll position past its end.
    const scrollTop = Math.min(this.#scrollTop, Math.max(0, total - this.#viewportHeight));
    const [first, end] = visibleRange(
      this.#geometry,
      scrollTop,
      this.#viewportHeight,
      this.#overscan,
    );
    const rendered: TemplateResult[] = [];
    for (let index = first; index < end; index++)
      rendered.push(rows.renderRow(rows.rowAt(index)!, index));
    return html`<div class="sizer" ${styleProperties({ 'block-size': `${total}px` })}>
      <div
        class="window"
        ${styleProperties({ transform: `translateY(${offsetOf(this.#geometry, first)}px)` })}
      >
        ${rendered}
      </div>
    </div>`;
  }

  #attach(element: HTMLElement | undefined): void {
    if (element === this.#element) return;
    this.#element?.removeEventListener('scroll', this.#handleScroll);
    this.#element = element;
    if (element === undefined) return;
    element.addEventListener('scroll', this.#handleScroll, { passive: true });
    // A list rendered anew (a state change) starts where the previous one was.
    if (this.#scrollTop > 0) element.scrollTop = this.#scrollTop;
  }

  #observe(area: HTMLElement): void {
    if (this.#resizeObserver !== undefined || typeof ResizeObserver === 'undefined') return;
    this.#resizeObserver = new ResizeObserver((records) => {
      let changed = false;
      for (const record of records) {
        const target = record.target as HTMLElement;
        if (target === this.#area) {
          const height = record.contentRect.height;
          if (height > 0 && height !== this.#viewportHeight) {
            this.#viewportHeight = height;
            changed = true;
          }
          continue;
        }
        // A row or header measured once (see hostUpdated), then no longer observed.
        this.#resizeObserver?.unobserve(target);
        this.#measured = true;
        const height = record.borderBoxSize[0]?.blockSize ?? 0;
        if (height <= 0) continue;
        if (target.role === 'option') {
          if (height !== this.#rowHeight) {
            this.#rowHeight = height;
            changed = true;
          }
        } else if (height !== this.#headerHeight) {
          this.#headerHeight = height;
          changed = true;
        }
      }
      if (changed) this.host.requestUpdate();
    });
    this.#resizeObserver.observe(area);
  }

  #handleScroll = (): void => {
    const top = this.#element?.scrollTop ?? 0;
    if (top === this.#scrollTop) return;
    this.#scrollTop = top;
    this.host.requestUpdate();
  };
}
