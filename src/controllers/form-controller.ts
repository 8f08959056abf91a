import type { ReactiveController, ReactiveElement } from 'lit';
import { selectionValidity, type SelectionValidity } from '../core/form-validity.js';
import type { SelectionRules } from '../core/selection.js';

/** The element side of form participation: what the controller reads from its host. */
export interface FormHost extends ReactiveElement {
  name: string | undefined;
  required: boolean;
  disabled: boolean;
  selectedUuids: string[];
}

export interface FormControllerOptions {
  /** The selection rules in force (mode, min, max). */
  rules(): SelectionRules;
  /** The localized validation message for an invalid selection. */
  message(reason: Exclude<SelectionValidity, 'valid'>, rules: SelectionRules): string;
  /**
   * A focusable part the browser points its validation bubble at (and focuses on an invalid
   * submit), or `null` while none is rendered (a closed popup): then the host itself is used.
   */
  anchor(): HTMLElement | null;
}

const flagOf: Record<Exclude<SelectionValidity, 'valid'>, keyof ValidityStateFlags> = {
  'value-missing': 'valueMissing',
  'range-underflow': 'rangeUnderflow',
  'range-overflow': 'rangeOverflow',
};

/** Parses what `setFormValue(…, state)` stored: a JSON array of uuids. */
function uuidsFromState(state: unknown): string[] | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(state);
    return Array.isArray(parsed)
      ? parsed.filter((value): value is string => typeof value === 'string')
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Form participation through `ElementInternals`: the picked uuids as form data (one entry per uuid,
 * in pick order, under the host's `name`), constraint validation (`required`, min/max) with
 * localized messages, reset to the initial selection, disabled state (own attribute or a disabled
 * `<fieldset>`), and state restore.
 *
 * It mirrors its state into custom states for styling: `:state(invalid)`, `:state(user-invalid)`
 * (invalid after the user changed the picks or tried to submit) and `:state(disabled)`.
 */
export class FormController implements ReactiveController {
  /** `undefined` where the platform has no `attachInternals` (nothing form-related then works). */
  readonly internals: ElementInternals | undefined;

  /** What `form.reset()` restores: the app's selection from before the user changed it. */
  #initialSelection: string[] = [];
  /** The user changed the picks (or the browser restored them) since connection or reset. */
  #dirty = false;
  /** The disabled state the browser reports (own `disabled` attribute or a disabled fieldset). */
  #formDisabled = false;
  #customMessage = '';
  #interacted = false;
  #valueKey: string | undefined;
  #validityKey: string | undefined;
  #validityAnchor: HTMLElement | null = null;

  constructor(
    private readonly host: FormHost,
    private readonly options: FormControllerOptions,
  ) {
    host.addController(this);
    this.internals =
      typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
    host.addEventListener('kfp-change', () => {
      this.#dirty = true;
      this.#markInteracted();
    });
    // Fired on the host when a form submission (or checkValidity()) finds it invalid.
    host.addEventListener('invalid', () => this.#markInteracted());
  }

  /** Whether the picker takes no picks: its own `disabled`, or a disabled ancestor fieldset. */
  get disabled(): boolean {
    return this.host.disabled || this.#formDisabled;
  }

  hostUpdate(): void {
    // Like a native control's default value: whatever the app sets before the user picks anyone
    // (in markup, right after creating the element, or once its data arrived) is the initial state.
    if (!this.#dirty) this.#initialSelection = [...this.host.selectedUuids];
  }

  hostUpdated(): void {
    const internals = this.internals;
    if (internals === undefined) return;
    this.#syncValue(internals);
    this.#syncValidity(internals);
  }

  /** `formResetCallback`: back to the initial selection (fires no event, like a native reset). */
  reset(): void {
    this.#interacted = false;
    this.#dirty = false;
    this.host.selectedUuids = [...this.#initialSelection];
    this.host.requestUpdate();
  }

  /** `formDisabledCallback`. */
  setFormDisabled(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.host.requestUpdate();
  }

  /** `formStateRestoreCallback`: the browser restores the picks on back/forward navigation. */
  restore(state: unknown): void {
    const uuids = uuidsFromState(state);
    if (uuids === undefined) return;
    this.#dirty = true;
    this.host.selectedUuids = uuids;
  }

  /** `setCustomValidity()`: a non-empty message makes the picker invalid with it. */
  setCustomValidity(message: string): void {
    this.#customMessage = String(message ?? '');
    this.host.requestUpdate();
  }

  #markInteracted(): void {
    if (this.#interacted) return;
    this.#interacted = true;
    this.host.requestUpdate();
  }

  #syncValue(internals: ElementInternals): void {
    const { name, selectedUuids } = this.host;
    const key = JSON.stringify([name ?? '', selectedUuids]);
    if (key === this.#valueKey) return;
    this.#valueKey = key;
    let value: FormData | null = null;
    if (name) {
      value = new FormData();
      for (const uuid of selectedUuids) value.append(name, uuid);
    }
    internals.setFormValue(value, JSON.stringify(selectedUuids));
  }

  #syncValidity(internals: ElementInternals): void {
    const rules = this.options.rules();
    const reason = selectionValidity(this.host.selectedUuids.length, {
      ...rules,
      required: this.host.required,
    });
    let flags: ValidityStateFlags = {};
    let message = '';
    if (this.#customMessage !== '') {
      flags = { customError: true };
      message = this.#customMessage;
    } else if (reason !== 'valid') {
      flags = { [flagOf[reason]]: true };
      message = this.options.message(reason, rules);
    }
    const anchor = message === '' ? null : this.options.anchor();
    const key = JSON.stringify([flags, message]);
    if (key !== this.#validityKey || anchor !== this.#validityAnchor) {
      this.#validityKey = key;
      this.#validityAnchor = anchor;
      if (message === '') internals.setValidity({});
      else internals.setValidity(flags, message, anchor ?? undefined);
    }
    // Like native controls, a disabled picker is barred from validation and never `:invalid`.
    const invalid = message !== '' && !this.disabled;
    this.#toggleState(internals, 'invalid', invalid);
    this.#toggleState(internals, 'user-invalid', invalid && this.#interacted);
    this.#toggleState(internals, 'disabled', this.disabled);
  }

  /** Turns a custom state of the element (`:state(name)`) on or off. */
  setState(name: string, on: boolean): void {
    if (this.internals !== undefined) this.#toggleState(this.internals, name, on);
  }

  #toggleState(internals: ElementInternals, name: string, on: boolean): void {
    const states = internals.states as CustomStateSet | undefined;
    if (states === undefined || states.has(name) === on) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Engines that only accept the older `--name` syntax: the pseudo-classes are then missing.
    }
  }
}
