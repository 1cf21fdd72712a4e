import { resolve } from 'node:path';
import type { RateCardTable } from '../scenario/rateCardTable.js';
import { displayPath } from './displayPath.js';
import { readRateCard } from './readRateCard.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every carrier service object of a raw scenario (`shipping.carriers[].services.*`). */
function servicesOf(json: Json): Json[] {
  const shipping = json.shipping;
  if (!isObject(shipping) || !Array.isArray(shipping.carriers)) return [];
  return (shipping.carriers as unknown[]).flatMap((carrier) =>
    isObject(carrier) && isObject(carrier.services) ? Object.values(carrier.services).filter(isObject) : [],
  );
}

/** Makes each carrier service's `rateCard` file path absolute, relative to the scenario file that names it. */
export function resolveRateCardPaths(json: Json, directory: string): void {
  for (const service of servicesOf(json))
    if (typeof service.rateCard === 'string' && service.rateCard !== '') service.rateCard = resolve(directory, service.rateCard);
}

/**
 * Reads every rate-card file a (validated) raw scenario names, each distinct file once, and
 * returns the raw scenario with each path replaced by its table: the scenario then carries its
 * prices, its hash covers them and worker threads need no file access.
 */
export async function loadRateCards(raw: Json): Promise<Json> {
  const paths = servicesOf(raw).flatMap((service) => (typeof service.rateCard === 'string' ? [service.rateCard] : []));
  if (paths.length === 0) return raw;
  const tables = new Map<string, RateCardTable>();
  for (const path of paths) if (!tables.has(path)) tables.set(path, await readRateCard(path, displayPath(path)));
  // Copies along the path to each service only: the raw scenario may hold large loaded histories.
  const withTable = (service: unknown): unknown =>
    isObject(service) && typeof service.rateCard === 'string' ? { ...service, rateCard: tables.get(service.rateCard) } : service;
  const shipping = raw.shipping as Json;
  const carriers = (shipping.carriers as unknown[]).map((carrier) =>
    isObject(carrier) && isObject(carrier.services)
      ? { ...carrier, services: Object.fromEntries(Object.entries(carrier.services).map(([name, service]) => [name, withTable(service)])) }
      : carrier,
  );
  return { ...raw, shipping: { ...shipping, carriers } };
}
