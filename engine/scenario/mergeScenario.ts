type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNamedList(value: unknown): value is Array<{ name: string } & { [key: string]: Json }> {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isObject(item) && typeof item.name === 'string');
}

// An object that names a different distribution, policy or plugin module replaces the base one
// whole: merging {"dist":"exponential","mean":...} into a triangular would keep stray keys.
function switchesVariant(base: { [key: string]: Json }, override: { [key: string]: Json }): boolean {
  return ['dist', 'type', 'module'].some((tag) => tag in override && override[tag] !== base[tag]);
}

/**
 * Merges a scenario that `extends` another onto its base: objects merge key by key,
 * lists of named objects (channels, carriers) merge item by item by `name` (new names are
 * appended), an object naming another `dist`, `type` or `module` replaces the base's whole, and any
 * other value replaces the base's.
 */
export function mergeScenario(base: unknown, override: unknown): unknown {
  if (isObject(base) && isObject(override) && !switchesVariant(base, override)) {
    const merged: { [key: string]: unknown } = { ...base };
    for (const [key, value] of Object.entries(override)) {
      // Defined, not assigned: assigning a "__proto__" key would replace the object's prototype.
      Object.defineProperty(merged, key, {
        value: Object.hasOwn(base, key) ? mergeScenario(base[key], value) : value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return merged;
  }
  if (isNamedList(base) && isNamedList(override)) {
    const merged: unknown[] = base.map((item) => {
      const replacement = override.find((candidate) => candidate.name === item.name);
      return replacement === undefined ? item : mergeScenario(item, replacement);
    });
    for (const item of override) if (!base.some((candidate) => candidate.name === item.name)) merged.push(item);
    return merged;
  }
  return override;
}
