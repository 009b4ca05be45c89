import { defaultConverter, LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';

declare module '@lit/reactive-element' {
  interface PropertyDeclaration {
    /**
     * Turns a value that is neither a string nor empty into the property's type (a `center` given as
     * `[101.7, 3.1]`, `layers` as an array). Strings always go through the attribute's converter.
     */
    fromValue?(value: unknown): unknown;
  }
}

/**
 * The value a property takes, whoever sets it. Vue, Svelte and React set a custom element's *property* with the
 * value as written in the markup, usually a string (`year="2017"` hands the element `"2017"`), so a string set as a
 * property goes through the very converter that reads the attribute: attribute, property and framework binding end
 * in the same value. Lit converts only attribute values on its own.
 */
export function normaliseProperty(value: unknown, options: PropertyDeclaration): unknown {
  if (options.attribute === false || value === undefined || value === null) return value;
  if (typeof value === 'string') {
    const { converter, type } = options;
    const fromAttribute = typeof converter === 'function' ? converter : converter?.fromAttribute;
    if (fromAttribute) return fromAttribute(value, type);
    // Lit's own converter for the types whose attribute form differs from the value (`"5"`, `""` for true).
    if (type === Number || type === Boolean) return defaultConverter.fromAttribute?.(value, type);
    return value;
  }
  return options.fromValue ? options.fromValue(value) : value;
}

/** A list given as an array (or any iterable of strings) in the attribute's space-separated form. */
export const spaceSeparated = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && Symbol.iterator in value
    ? [...(value as Iterable<unknown>)].map(String).join(' ')
    : value;

/** A `[lon, lat]` pair in the attribute's `lon,lat` form. */
export const commaSeparated = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(String).join(',') : value;

/**
 * Gives each property that mirrors an attribute an accessor of its own that normalises what it is given. Lit then
 * wraps these accessors (as it does any accessor a class defines itself) and requests the update; only the class's
 * own `static properties` are handled, once.
 */
function installNormalisingAccessors(prototype: object, properties: PropertyDeclarations): void {
  for (const [name, options] of Object.entries(properties)) {
    if (options.attribute === false || options.state || Object.hasOwn(prototype, name)) continue;
    const values = new WeakMap<object, unknown>();
    Object.defineProperty(prototype, name, {
      get(this: object) {
        return values.get(this);
      },
      set(this: object, value: unknown) {
        values.set(this, normaliseProperty(value, options));
      },
      configurable: true,
      enumerable: true,
    });
  }
}

/** The base of every element of the package: a property set from a framework means what its attribute means. */
export class FrameworkElement extends LitElement {
  protected static override finalize(): void {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the element class being finalised, not this base.
    if (Object.hasOwn(this, 'properties') && !Object.hasOwn(this, 'finalized'))
      // biome-ignore lint/complexity/noThisInStatic: as above.
      installNormalisingAccessors(this.prototype, this.properties);
    // biome-ignore lint/complexity/noThisInStatic: Lit finalises the subclass through `this`, so `super` it is.
    super.finalize();
  }
}
