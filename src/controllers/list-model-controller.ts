import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ListModel } from '../core/list-model.js';
import { nextTask } from '../data/next-task.js';
import { loadSearch } from './search-loader.js';

/** Longest slice of whole-list work (sorting, search preparation) between two chances for input. */
const SLICE_MS = 8;
/** The first slice goes on until a screenful of rows is ready, but never makes a long task. */
const FIRST_SCREEN_MS = 25;
/** Rows the first screen needs at least (more when the list is taller: see `screenRows`). */
const FIRST_SCREEN_ROWS = 16;

/**
 * Drives a {@link ListModel}'s whole-list work in slices of at most ~8 ms, each on its own task
 * so keystrokes, scrolls and index taps run in between; the first slice runs as soon as friends
 * arrive and fills the first screen. Re-renders the host when the rows changed, and calls
 * `onDone` once the source has finished and every friend is sorted and searchable.
 */
export class ListModelController implements ReactiveController {
  readonly model = new ListModel();

  #sourceDone = false;
  #scheduled = false;
  #connected = false;
  #renderedVersion = -1;
  #doneReported = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onDone: (friendCount: number) => void,
    /** Rows that fit in the list (to know when the first screen is full). */
    private readonly screenRows: () => number = () => 0,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.model.busy) this.#schedule();
    // While the friends load, on a task of its own: the search chunk (matcher, highlighting,
    // type-ahead) and ICU's collation, so neither holds up the first keystroke.
    setTimeout(() => {
      void loadSearch();
      this.model.prepareCollation();
    });
  }

  hostDisconnected(): void {
    this.#connected = false;
  }

  /** A new load started. */
  reset(): void {
    this.model.reset();
    this.#sourceDone = false;
    this.#doneReported = false;
    this.host.requestUpdate();
  }

  /** Untrusted entries arrived: the first screen is made now, the rest in later slices. */
  add(elements: readonly unknown[]): void {
    this.model.add(elements);
    if (!this.#connected) return;
    const rows = Math.max(FIRST_SCREEN_ROWS, this.screenRows() + 2);
    const firstScreen = this.model.rowCount < rows;
    const start = performance.now();
    this.model.work(
      () => this.model.rowCount >= rows || performance.now() - start > FIRST_SCREEN_MS,
    );
    // The first screen is painted before the rest of the work goes on.
    this.#afterWork(firstScreen);
  }

  /** The source has sent everything. */
  finish(): void {
    this.#sourceDone = true;
    this.#reportDone();
  }

  #slice(budget: number): void {
    this.#scheduled = false;
    if (!this.#connected) return;
    const start = performance.now();
    this.model.work(() => performance.now() - start > budget);
    this.#afterWork();
    this.#reportDone();
  }

  #reportDone(): void {
    if (this.#doneReported || !this.#sourceDone || this.model.busy) return;
    this.#doneReported = true;
    this.onDone(this.model.friendCount);
  }

  #afterWork(afterPaint = false): void {
    if (this.model.version !== this.#renderedVersion) {
      this.#renderedVersion = this.model.version;
      this.host.requestUpdate();
    }
    if (this.model.busy) this.#schedule(afterPaint);
  }

  #schedule(afterPaint = false): void {
    if (this.#scheduled || !this.#connected) return;
    this.#scheduled = true;
    if (afterPaint && typeof requestAnimationFrame === 'function') {
      // After the next frame (or a moment later where frames are not drawn: a hidden tab).
      let done = false;
      const next = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.#post();
      };
      const timer = setTimeout(next, 50);
      requestAnimationFrame(() => setTimeout(next));
      return;
    }
    this.#post();
  }

  #post(): void {
    // A new task at once (a `setTimeout` chain is clamped to 4 ms).
    void nextTask().then(() => this.#slice(SLICE_MS));
  }
}
