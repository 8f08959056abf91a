import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
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
  keyOf(row: Row, index: number): string;
  renderRow(row: Row, index: number): TemplateResult;
}

/**
 * A windowed list for rows of fixed heights (one for rows, one for section headers): it renders
 * the rows in view plus a few, positioned by arithmetic (see `geometry.ts`), and keeps its scroll
 * state for keyboard scrolling, index jumps and a sticky header. The host renders the scroller
 * element and puts {@link WindowedList.scroller} and {@link WindowedList.renderWindow} in it.
 * Defines no custom element. Heights come from the first rendered row and header, measured once.
 */
export class WindowedList implements ReactiveController {
  private element: HTMLElement | undefined;
  private scrollTop = 0;
  /** A small guess until the list is laid out: more rows than fit only delay the first ones. */
  private viewportHeight = 400;
  private rowHeight = DEFAULT_ROW_HEIGHT;
  private headerHeight = DEFAULT_HEADER_HEIGHT;
  private measured = false;
  private overscan = FIRST_OVERSCAN;
  private resizeObserver: ResizeObserver | undefined;
  private geometry: ListGeometry = {
    rowCount: 0,
    rowHeight: DEFAULT_ROW_HEIGHT,
    headerHeight: DEFAULT_HEADER_HEIGHT,
    headers: [],
  };

  /** The `ref` directive for the scroller element (the one with `overflow: auto`). */
  readonly scroller = ref((element?: Element) => this.attach(element as HTMLElement | undefined));

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.element !== undefined) this.observe(this.element);
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  hostUpdated(): void {
    if (this.measured || this.element === undefined) return;
    const row = this.element.querySelector<HTMLElement>('[role="option"]');
    if (row === null) return;
    // Once: the rows' real heights (the `--kfp-size-row` token may have been changed).
    this.measured = true;
    // The rows beyond the viewport come once the first ones are on screen.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.overscan = OVERSCAN;
        this.host.requestUpdate();
      }),
    );
    const header = this.element.querySelector<HTMLElement>('[part~="section-header"]');
    const rowHeight = row.getBoundingClientRect().height;
    const headerHeight = header?.getBoundingClientRect().height ?? this.headerHeight;
    const viewportHeight = this.element.clientHeight || this.viewportHeight;
    if (
      viewportHeight !== this.viewportHeight ||
      (rowHeight > 0 && (rowHeight !== this.rowHeight || headerHeight !== this.headerHeight))
    ) {
      this.viewportHeight = viewportHeight;
      if (rowHeight > 0) this.rowHeight = rowHeight;
      if (headerHeight > 0) this.headerHeight = headerHeight;
      this.host.requestUpdate();
    }
  }

  /** The row at the top of the viewport (under the sticky header), or -1. */
  get topIndex(): number {
    return indexAt(this.geometry, this.scrollTop + this.headerHeight);
  }

  /** The first row in the viewport (the sticky header covers it), or -1. */
  get firstIndex(): number {
    return indexAt(this.geometry, this.scrollTop);
  }

  /** Rows that fit in the viewport (for Page Up/Down). */
  get pageSize(): number {
    return Math.max(1, Math.floor((this.viewportHeight - this.headerHeight) / this.rowHeight));
  }

  /** The sticky header's height. */
  get stickyHeight(): number {
    return this.headerHeight;
  }

  /**
   * Scrolls row `index` into view: `start` puts it at the top below the sticky header, `nearest`
   * scrolls as little as possible. Synchronous: the row is rendered by the next update.
   */
  scrollToIndex(index: number, block: 'start' | 'nearest'): void {
    const next = scrollTopFor(
      this.geometry,
      index,
      block,
      this.scrollTop,
      this.viewportHeight,
      this.headerHeight,
    );
    this.scrollTo(next);
  }

  /** Scrolls to a pixel offset (0 is the top). */
  scrollTo(top: number): void {
    if (top === this.scrollTop && this.element?.scrollTop === top) return;
    this.scrollTop = top;
    if (this.element !== undefined) this.element.scrollTop = top;
    this.host.requestUpdate();
  }

  /** The sizer and the rendered rows, for inside the scroller element. */
  renderWindow<Row>(rows: WindowedRows<Row>): TemplateResult {
    this.geometry = {
      rowCount: rows.rowCount,
      rowHeight: this.rowHeight,
      headerHeight: this.headerHeight,
      headers: rows.headers,
    };
    const total = totalHeightOf(this.geometry);
    // A list that shrank (a search) may leave the old scroll position past its end.
    const scrollTop = Math.min(this.scrollTop, Math.max(0, total - this.viewportHeight));
    const [first, end] = visibleRange(this.geometry, scrollTop, this.viewportHeight, this.overscan);
    const indexes: number[] = [];
    for (let index = first; index < end; index++) indexes.push(index);
    return html`<div class="sizer" ${styleProperties({ 'block-size': `${total}px` })}>
      <div
        class="window"
        ${styleProperties({ transform: `translateY(${offsetOf(this.geometry, first)}px)` })}
      >
        ${repeat(
          indexes,
          (index) => rows.keyOf(rows.rowAt(index)!, index),
          (index) => rows.renderRow(rows.rowAt(index)!, index),
        )}
      </div>
    </div>`;
  }

  private attach(element: HTMLElement | undefined): void {
    if (element === this.element) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.element?.removeEventListener('scroll', this.handleScroll);
    this.element = element;
    if (element === undefined) return;
    element.addEventListener('scroll', this.handleScroll, { passive: true });
    // A list rendered anew (a state change) starts where the previous one was.
    if (this.scrollTop > 0) element.scrollTop = this.scrollTop;
    this.observe(element);
  }

  private observe(element: HTMLElement): void {
    if (this.resizeObserver !== undefined || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver((records) => {
      const height = records[records.length - 1]?.contentRect.height ?? 0;
      if (height > 0 && height !== this.viewportHeight) {
        this.viewportHeight = height;
        this.host.requestUpdate();
      }
    });
    this.resizeObserver.observe(element);
  }

  private handleScroll = (): void => {
    const top = this.element?.scrollTop ?? 0;
    if (top === this.scrollTop) return;
    this.scrollTop = top;
    this.host.requestUpdate();
  };
}
