import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Inline style properties set through the CSSOM (`style.setProperty`), never through the `style`
 * attribute: a Content Security Policy without `style-src 'unsafe-inline'` refuses the attribute
 * (with a `securitypolicyviolation` each time) but not the CSSOM. Lit's `styleMap` writes the
 * attribute on its first render, hence this. Used in element position:
 * `<div ${styleProperties({ 'block-size': '100px' })}>`, always with the same property names.
 */
class StylePropertiesDirective extends Directive {
  private readonly values = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) {
      throw new Error('styleProperties() belongs in element position: <div ${styleProperties(…)}>');
    }
  }

  render(properties: Readonly<Record<string, string>>): typeof noChange {
    void properties;
    return noChange;
  }

  override update(
    part: ElementPart,
    [properties]: [Readonly<Record<string, string>>],
  ): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) {
      if (this.values.get(name) === value) continue;
      this.values.set(name, value);
      style.setProperty(name, value);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
