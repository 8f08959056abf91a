import {
  isStrTagged,
  joinStringsAndValues,
  type MsgFn,
  type MsgOptions,
  type TemplateLike,
  type TemplateMap,
} from '@lit/localize';

/**
 * A `msg()` bound to one locale's templates, independent of the page-wide `@lit/localize`
 * configuration. It resolves a message like the `@lit/localize` runtime does — by its explicit
 * `id`, with `str` placeholders taken from the call site in the order the translation gives —
 * and falls back to the source (English) text when `templates` is `undefined` or lacks the id.
 *
 * Its type is `@lit/localize`'s `MsgFn`, so `lit-localize extract` still finds every call made
 * through it: the source text in the code stays the single source of truth for the XLIFF files.
 *
 * `templates` may be a function, read on every call: a language whose table loads later (a lazy
 * chunk) gets its translations from then on, through the same `msg`.
 */
export function createMsg(
  templates: TemplateMap | undefined | (() => TemplateMap | undefined),
): MsgFn {
  const tableOf = typeof templates === 'function' ? templates : () => templates;
  function localMsg(template: TemplateLike, options?: MsgOptions): TemplateLike {
    const id = options?.id;
    const localized = id === undefined ? undefined : tableOf()?.[id];
    if (typeof localized === 'string') return localized;
    if (typeof template === 'string') return template;
    if (isStrTagged(template)) {
      // A translated `str` template holds `${index}` placeholders: indices into the source values.
      return localized !== undefined && isStrTagged(localized)
        ? joinStringsAndValues(localized.strings, template.values, localized.values as number[])
        : joinStringsAndValues(template.strings, template.values);
    }
    // The picker has no `html` messages; one would need the @lit/localize runtime's reordering.
    return template;
  }
  return localMsg as MsgFn;
}
