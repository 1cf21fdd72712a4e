import { AliasTable } from '../../kernel/random/AliasTable.js';
import { createSampler, type Sampler } from '../../kernel/random/distributions/index.js';
import { PeriodicPoissonProcess } from '../../kernel/random/PeriodicPoissonProcess.js';
import type { RandomStream } from '../../kernel/random/RandomStream.js';
import { HOUR } from '../../kernel/time.js';
import type { ChannelDemand, PlacementSlice } from '../../scenario/resolved/placementSlice.js';
import { nextClockTime } from '../calendar.js';
import type { ModelContext } from '../ModelContext.js';
import type { EventChannel } from '../events.js';
import type { Order, OrderLine } from '../../domain/Order.js';
import { historyOrderId, isHistoryColumns, type HistoryColumns } from '../../scenario/historyColumns.js';
import { catalogSkuMaps } from '../Catalog.js';
import { PublishedStock } from '../publishedStock.js';
import { packagesOf } from '../packagesOf.js';
import { PlacedOrder } from '../../domain/PlacedOrder.js';
import { lentOrderPayload, type Lent } from '../lentPayload.js';

const ALL_DAYS = [true, true, true, true, true, true, true];

/** The live stock channels publish, and where placed orders go. */
export interface PlacementLinks {
  /** The live on-hand counts, from which each channel's published stock is derived. */
  readonly onHand: Float64Array;
  readonly next: (order: Order) => void;
}

/** An order's own attributes, before placement prices, weighs and dates it. */
interface OrderDraft {
  readonly origin: Order['origin'];
  readonly historyOrder: string;
  readonly channel: string;
  readonly manualProcessing: boolean;
  readonly service: string;
  readonly tier: string;
  readonly zone: number;
  readonly residential: boolean;
  readonly lines: OrderLine[];
}

interface ChannelSource {
  readonly config: ChannelDemand;
  readonly stock: PublishedStock;
  readonly arrivals: PeriodicPoissonProcess | undefined;
  /** With a demand trend: the candidate arrivals' rate multiplier and the stream that thins them. */
  readonly trend: { readonly peak: number; readonly perSecond: number; readonly thinning: RandomStream } | undefined;
  readonly lines: Sampler;
  readonly units: Sampler;
  readonly skus: RandomStream;
  readonly attributes: RandomStream;
  readonly serviceTable: AliasTable;
  readonly tierTable: AliasTable;
}

/**
 * Placement: orders arrive per channel as a weekly-periodic non-homogeneous Poisson
 * process; each draws its lines (SKUs by popularity, a repeated SKU merging into one
 * line), units, service, tier, destination zone and promise. Every channel draws from its
 * own streams, so scenarios that share a demand model see the same orders.
 */
export class PlacementStage {
  private nextId = 0;
  /** Lines of the order being drawn (see drawOrder). */
  private readonly scratchLines: OrderLine[] = [];
  private readonly sources: ChannelSource[];
  private readonly zoneTable: AliasTable;
  private readonly next: (order: Order) => void;
  private readonly placed = lentOrderPayload();
  private readonly orderPlaced: EventChannel<'orderPlaced'>;
  /** The draft of each customer order drawn, filled anew (makeOrder reads it at once): one object a run, not one an order. */
  private readonly customerDraft: Lent<OrderDraft> = {
    origin: 'customer',
    historyOrder: '',
    channel: '',
    manualProcessing: false,
    service: '',
    tier: '',
    zone: 0,
    residential: false,
    lines: [],
  };

  constructor(
    private readonly context: ModelContext,
    private readonly placement: PlacementSlice,
    links: PlacementLinks,
  ) {
    const { streams } = context;
    this.next = links.next;
    this.orderPlaced = context.events.channel('orderPlaced');
    this.zoneTable = new AliasTable(placement.zoneWeights);
    this.sources = placement.channels.map((config) => {
      const prefix = `demand:${config.name}`;
      const linesStream = streams.get(`${prefix}:lines`);
      // A trend multiplies the weekly rates by m(t) = 1 + g·t: candidates arrive at the highest
      // multiplier over the run and each is kept with probability m(t) / peak (exact thinning).
      const perSecond = config.growthPerSecond;
      const peak = Math.max(1, 1 + perSecond * context.horizon);
      const trend = perSecond === 0 ? undefined : { peak, perSecond, thinning: streams.get(`${prefix}:trend`) };
      const rates = config.arrivalRates;
      return {
        config,
        stock: new PublishedStock(context, links.onHand, config.syncDelay),
        arrivals:
          rates === undefined
            ? undefined
            : new PeriodicPoissonProcess(
                rates.map((rate) => rate * (trend?.peak ?? 1)),
                HOUR,
                streams.get(`${prefix}:arrivals`),
              ),
        trend,
        lines: createSampler(config.linesPerOrder, linesStream),
        units: createSampler(config.unitsPerLine, linesStream),
        skus: streams.get(`${prefix}:skus`),
        attributes: streams.get(`${prefix}:attributes`),
        serviceTable: new AliasTable(config.serviceWeights),
        tierTable: new AliasTable(config.tierWeights),
      };
    });
  }

  /** Schedules each channel's first arrival, or every order of a replayed history. */
  start(): void {
    const histories = this.sources.map((source) => source.config.orderHistory).filter(isHistoryColumns);
    const skuMaps = histories.length > 0 ? catalogSkuMaps(this.context.catalog, histories) : [];
    for (const source of this.sources) {
      const history = source.config.orderHistory;
      if (history === undefined) this.scheduleArrival(source, this.arrivalOf(source));
      else if (typeof history === 'string')
        throw new Error(
          `placement: channel ${source.config.name}'s order history "${history}" was not loaded (read scenarios with readScenario)`,
        );
      else this.scheduleHistory(source, history, skuMaps[histories.indexOf(history)] as Int32Array);
    }
  }

  /** Places each order of the history at its time (those before the horizon); `skuOf` maps its SKU codes onto the catalog. */
  private scheduleHistory(source: ChannelSource, history: HistoryColumns, skuOf: Int32Array): void {
    const { hours, lineStart, lineSku, lineUnits, orderService, services } = history;
    for (let order = 0; order < hours.length; order++) {
      const at = (hours[order] as number) * HOUR;
      if (at >= this.context.horizon) break;
      this.context.simulation.scheduleAt(at, () => {
        const lines: OrderLine[] = [];
        for (let line = lineStart[order] as number; line < (lineStart[order + 1] as number); line++)
          lines.push(newLine(skuOf[lineSku[line] as number] as number, lineUnits[line] as number));
        const service = orderService[order] as number;
        const id = historyOrderId(history, order);
        this.emitOrder(this.drawAttributes(source, lines, service === 0 ? undefined : services[service - 1], id));
      });
    }
  }

  /** Places a replacement order for a returned one (same lines, service and customer). */
  placeExchange(original: Order): void {
    const lines = original.lines.map((line) => newLine(line.sku, line.units));
    const { channel, manualProcessing, service, tier, zone, residential } = original;
    this.emitOrder(
      this.makeOrder({ origin: 'exchange', historyOrder: '', channel, manualProcessing, service, tier, zone, residential, lines }),
    );
  }

  /** What happens at each arrival of `source`: one closure per channel, not one per order. */
  private arrivalOf(source: ChannelSource): () => void {
    const arrive = (): void => {
      this.emitOrder(this.drawOrder(source));
      this.scheduleArrival(source, arrive);
    };
    return arrive;
  }

  private scheduleArrival(source: ChannelSource, arrive: () => void): void {
    if (source.arrivals === undefined) return;
    let at = source.arrivals.nextArrival(this.context.simulation.now);
    const trend = source.trend;
    if (trend !== undefined) {
      while (at < this.context.horizon && trend.thinning() * trend.peak >= Math.max(0, 1 + trend.perSecond * at))
        at = source.arrivals.nextArrival(at);
    }
    if (at >= this.context.horizon) return;
    this.context.simulation.scheduleAt(at, arrive);
  }

  private drawOrder(source: ChannelSource): Order {
    const { catalog } = this.context;
    const lineCount = Math.max(1, Math.round(source.lines()));
    // Drawn into a scratch array, then copied at its exact length: the order keeps its lines
    // for days, and an array grown by push would carry 16 empty slots each.
    const scratch = this.scratchLines;
    let count = 0;
    for (let i = 0; i < lineCount; i++) {
      const sku = catalog.skuTable.draw(source.skus);
      const units = Math.max(1, Math.round(source.units()));
      // A plain scan, not find/indexOf: this runs for every line drawn.
      let at = 0;
      while (at < count && (scratch[at] as OrderLine).sku !== sku) at++;
      if (at === count) {
        scratch[at] = newLine(sku, units);
        count++;
      } else scratch[at] = newLine(sku, (scratch[at] as OrderLine).units + units);
    }
    const lines = scratch.slice(0, count);
    return this.drawAttributes(source, lines, undefined, '');
  }

  /** Completes an order with its service (drawn unless given), tier, zone and address type; `historyOrder` is its history id or "". */
  private drawAttributes(source: ChannelSource, lines: OrderLine[], givenService: string | undefined, historyOrder: string): Order {
    for (const line of lines) line.listed = source.stock.available(line.sku) >= line.units;
    const attributes = source.attributes;
    const { config } = source;
    const drawn = config.services[source.serviceTable.draw(attributes)] as string;
    const service = givenService ?? drawn;
    const tier = config.tiers[source.tierTable.draw(attributes)] as string;
    const zone = 2 + this.zoneTable.draw(attributes);
    const residential = attributes() < config.residentialShare;
    const draft = this.customerDraft;
    draft.historyOrder = historyOrder;
    draft.channel = config.name;
    draft.manualProcessing = config.manualProcessing;
    draft.service = service;
    draft.tier = tier;
    draft.zone = zone;
    draft.residential = residential;
    draft.lines = lines;
    return this.makeOrder(draft);
  }

  private makeOrder(draft: OrderDraft): Order {
    const { origin, historyOrder, channel, manualProcessing, service, tier, zone, residential, lines } = draft;
    const { catalog, simulation } = this.context;
    const { placement } = this;
    let value = 0;
    let weightKg = 0;
    let volumeLitres = 0;
    let units = 0;
    let fragile = false;
    for (const line of lines) {
      value += line.units * (catalog.unitPrice[line.sku] as number);
      weightKg += line.units * (catalog.unitWeightKg[line.sku] as number);
      volumeLitres += line.units * (catalog.unitVolumeLitres[line.sku] as number);
      units += line.units;
      fragile ||= catalog.fragile[line.sku] === 1;
    }
    const { cartons, pallets } = packagesOf(units, weightKg, volumeLitres, placement.packaging);
    const placedAt = simulation.now;
    const promise = placement.promises.get(service);
    if (promise === undefined) throw new RangeError(`PlacementStage: no promise for service "${service}"`);
    return new PlacedOrder({
      id: this.nextId++,
      origin,
      historyOrder,
      channel,
      service,
      tier,
      tierRank: placement.tierRank.get(tier) ?? 0,
      zone,
      residential,
      manualProcessing,
      lines,
      value,
      weightKg,
      fragile,
      volumeLitres,
      cartons,
      pallets,
      placedAt,
      dueAt: nextClockTime(placedAt, placement.promiseCutoff, ALL_DAYS) + promise,
    });
  }

  private emitOrder(order: Order): void {
    this.orderPlaced.emit(this.placed(order));
    const stateChanged = this.context.stateChanged;
    if (stateChanged.listening) stateChanged.emit({ order, from: null, to: order.state });
    this.next(order);
  }
}

/** A new order line; `listed` is set when the order is completed (exchanges: always listed). */
function newLine(sku: number, units: number): OrderLine {
  return { sku, units, filledAtAllocation: 0, issued: 0, lost: 0, listed: true };
}
