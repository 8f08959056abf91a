import type { PropertyValues } from 'lit';
import {
  canConfirm,
  normalizeSelection,
  togglePick,
  type SelectionRules,
} from '../core/selection.js';

/** What the controller reads and sets on its host: the selection, uuids in pick order. */
export interface SelectionHost {
  selectedUuids: string[];
}

export interface SelectionControllerOptions {
  /** The selection rules in force (mode, min, max). */
  rules(): SelectionRules;
  /** Whether the loaded friends hold `uuid`. */
  holds(uuid: string): boolean;
  /** Whether every friend of the current source has loaded and is in the list. */
  loaded(): boolean;
  /** The picks changed for the user: the host fires its change events. */
  onChange(): void;
}

/**
 * The selection's state beyond the host's `selectedUuids`, and the rules that change it: which
 * picks the user made and which the app assigned, the picks held since a data source switch until
 * the new friends have loaded, and the picks to go back to when a full/popup picker is cancelled.
 * The host drives it from its update cycle and its handlers; {@link SelectionControllerOptions.onChange}
 * fires for every change made for the user, never for one the app made.
 */
export class SelectionController {
  /** Whether a data source was ever set: a later change is a switch. */
  #hadSource = false;
  /** Picks made before the data source changed, until its friends have loaded. */
  #picksToCheck: ReadonlySet<string> | null = null;
  /** Uuids the user picked since the app last assigned the selection. */
  readonly #userPicks = new Set<string>();
  /** The last selection set here (any other assignment is the app's). */
  #ownPicks: unknown = null;
  /** The picks when the full/popup picker opened: a cancel puts them back (only OK commits). */
  #picksAtOpen: string[] | null = null;

  constructor(
    private readonly host: SelectionHost,
    private readonly options: SelectionControllerOptions,
  ) {}

  /**
   * In the host's `willUpdate`, once its options are applied. An assignment of the app's (any
   * other than the picker's own) makes every pick the app's: earlier user picks and picks held
   * since a source switch included. A data source change that is a switch (not the first source,
   * not a reload) holds the picks made so far for a check against the new friends: they belong to
   * the previous ones (maybe another account's); picks the app sets with the new source are its
   * own. Of what the app assigned (anything: null, duplicates…) only what the rules allow is kept.
   */
  update(changed: PropertyValues): void {
    // Whatever the app assigned, until normalized.
    const picks: unknown = this.host.selectedUuids;
    const appSet = changed.has('selectedUuids') && picks !== this.#ownPicks;
    if (appSet) {
      this.#userPicks.clear();
      this.#picksToCheck = null;
    }
    if (changed.has('dataSource') || changed.has('src')) {
      if (this.#hadSource && !appSet && Array.isArray(picks) && picks.length > 0) {
        this.#picksToCheck = new Set([...(this.#picksToCheck ?? []), ...(picks as string[])]);
      }
      this.#hadSource = true;
    }
    if (
      changed.has('selectedUuids') ||
      changed.has('selectionMode') ||
      changed.has('maxPickableCount') ||
      changed.has('minPickableCount')
    ) {
      const normalized = normalizeSelection(picks, this.options.rules());
      if (!Array.isArray(picks) || normalized.join('\n') !== picks.join('\n')) {
        this.host.selectedUuids = normalized;
      }
    }
  }

  /** Unpicks, without a change event, the friends `refused` says may not be picked. */
  drop(refused: (uuid: string) => boolean): void {
    const picks = this.host.selectedUuids;
    const allowed = picks.filter((uuid) => !refused(uuid));
    if (allowed.length !== picks.length) this.#set(allowed);
  }

  /**
   * The user picks or unpicks `uuid` (which `canPick` allows): returns the new picks, or
   * `undefined` when nothing changed (the single mode's pick picked again).
   */
  toggle(uuid: string): string[] | undefined {
    const picks = this.host.selectedUuids;
    const next = togglePick(picks, uuid, this.options.rules())!;
    if (next.join('\n') === picks.join('\n')) return undefined;
    this.#change(next, uuid);
    return next;
  }

  /** The user removes a pick (the picked strip's button). */
  remove(uuid: string): void {
    const picks = this.host.selectedUuids;
    if (picks.includes(uuid)) this.#change(picks.filter((picked) => picked !== uuid));
  }

  /**
   * Before a confirm: unpicks (with one change) the picks the friends do not hold, and returns
   * whether the rest may still be confirmed. See {@link settle}.
   */
  prune(): boolean {
    return (
      !this.#dropPicksNotHeld(false) || canConfirm(this.host.selectedUuids, this.options.rules())
    );
  }

  /** Every friend of a new source has loaded: the picks held since the switch are checked. */
  settle(): void {
    this.#dropPicksNotHeld(true);
  }

  /** A full/popup picker opens: a cancel will put the picks back to these. */
  remember(): void {
    this.#picksAtOpen = [...this.host.selectedUuids];
  }

  /** A cancel: the picks go back to what they were at the open, with a change. */
  restore(): void {
    const picks = this.#picksAtOpen;
    this.#picksAtOpen = null;
    if (picks !== null && picks.join('\n') !== this.host.selectedUuids.join('\n')) {
      this.#change(picks);
    }
  }

  /**
   * Unpicks, with one change, the picks the current friends do not hold among: the picks held
   * since a source switch (see {@link update}), and at a confirm (`final` false) once
   * every friend has loaded, the user's own picks (a `reload()` may have dropped a friend). Uuids
   * the app assigned are left alone. `final` once the new source has loaded. Returns whether any
   * pick was dropped.
   */
  #dropPicksNotHeld(final: boolean): boolean {
    const held = this.#picksToCheck;
    if (final) this.#picksToCheck = null;
    const loaded = !final && this.options.loaded();
    const checked = (uuid: string) =>
      held?.has(uuid) === true || (loaded && this.#userPicks.has(uuid));
    const picks = this.host.selectedUuids;
    const kept = picks.filter((uuid) => !checked(uuid) || this.options.holds(uuid));
    if (kept.length === picks.length) return false;
    this.#change(kept);
    return true;
  }

  #change(next: string[], picked?: string): void {
    this.#set(next, picked);
    this.options.onChange();
  }

  /** Picks changed by the user (or by the picker for the user), not assigned by the app. */
  #set(next: string[], picked?: string): void {
    if (picked !== undefined) this.#userPicks.add(picked);
    for (const uuid of this.#userPicks) if (!next.includes(uuid)) this.#userPicks.delete(uuid);
    this.#ownPicks = next;
    this.host.selectedUuids = next;
  }
}
