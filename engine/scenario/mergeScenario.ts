type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNamedList(value: unknown): value is Array<{ name: string } & { [key: string]: Json }> {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isObject(item) && typeof item.name === 'string');
}

/**
 * Merges a scenario that `extends` another onto its base: objects merge key by key,
 * lists of named objects (channels, carriers) merge item by item by `name` (new names are
 * appended), and any other value replaces the base's.
 */
export function mergeScenario(base: unknown, override: unknown): unknown {
  if (isObject(base) && isObject(override)) {
    const merged: { [key: string]: unknown } = { ...base };
    for (const [key, value] of Object.entries(override)) merged[key] = key in base ? mergeScenario(base[key], value) : value;
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
