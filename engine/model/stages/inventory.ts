import { createSampler, distributionMean, distributionVariance, type Sampler } from '../../kernel/random/distributions/index.js';
import { demandValueClasses, type AbcClass } from '../skuDemand.js';
import type { SkuDemandProfile } from '../../domain/SkuDemandProfile.js';
import type { AllocationPolicy, AllocationRequest } from '../../policies/allocation/AllocationPolicy.js';
import type { ReplenishmentRule } from '../../policies/replenishment/ReplenishmentPolicy.js';
import { replenishmentPolicyFor, type ReplenishmentPolicies } from '../../policies/replenishment/ReplenishmentPolicies.js';
import { DAY } from '../../kernel/time.js';
import type { InventorySlice } from '../../scenario/resolved/inventorySlice.js';
import { moveOrder, type ModelContext } from '../ModelContext.js';
import type { Lent } from '../lentPayload.js';
import type { EventChannel, ModelEvents } from '../events.js';
import type { Order, OrderLine } from '../../domain/Order.js';
import type { PriorityKey } from '../priorityKey.js';
import { normalQuantile } from '../../stats/normalQuantile.js';
import { randomBinomial } from 'd3-random';

/** Event priority of periodic reviews: after receipts and demands due at the same instant. */
const REVIEW_PRIORITY = 10;

interface Backorder {
  readonly order: Order;
  readonly line: OrderLine;
  remaining: number;
}

/** The demand inventory plans for, the policies and queue order it uses, and where allocated orders go. */
export interface InventoryLinks {
  /** Mean units per day and per-day variance of each SKU's demand (see `demandRates`). */
  readonly demand: { readonly mean: Float64Array; readonly variance: Float64Array };
  readonly allocation: AllocationPolicy;
  /** The replenishment policy of every SKU (scenario default, per ABC class, per SKU). */
  readonly replenishment: ReplenishmentPolicies;
  readonly priority: PriorityKey;
  readonly next: (order: Order) => void;
}

/**
 * Inventory: per SKU on hand, on order and backorders. Demand is filled from on hand at
 * allocation; the shortfall is backordered or lost. When a receipt cannot cover every waiting
 * backorder of its SKU, the allocation policy decides who gets the units. An order waits for
 * all its units, or (partial shipments) ships as soon as it holds any and the rest is
 * cancelled. Under continuous review the
 * replenishment rule may order after every demand and receipt; under periodic review, at each
 * review. Supplier lead times are drawn per order, so orders may cross.
 */
export class InventoryStage {
  readonly onHand: Float64Array;
  readonly onOrder: Float64Array;
  readonly backorders: Float64Array;
  private readonly waiting: Backorder[][];
  private readonly rules: ReplenishmentRule[];
  private readonly leadTime: Sampler;
  private readonly lostSale: boolean;
  /** Units delivered of an order of n (binomial: each unit with the supplier fill rate); undefined when every order arrives whole. */
  private readonly supplierFill: ((ordered: number) => number) | undefined;
  /** Rules that learn from demand, by SKU (undefined for the others). */
  private readonly learners: Array<ReplenishmentRule | undefined>;
  /** 1 for SKUs under periodic review (their rule is consulted at reviews only). */
  private readonly periodic: Uint8Array;
  /** By SKU: the position above which the rule never orders (`ordersOnlyAtOrBelow`; Infinity when it did not say). */
  private readonly orderThreshold: Float64Array;

  private readonly partialShipments: boolean;
  /** Supply delay the rules do not plan for (engine time). */
  private readonly unplannedDelay: number;
  private readonly oversellCancels: boolean;
  private readonly allocation: AllocationPolicy;
  private readonly priority: PriorityKey;
  private readonly next: (order: Order) => void;
  private readonly stockChange: Lent<ModelEvents['stockChanged']> = { sku: 0, onHandDelta: 0, backorderDelta: 0, onHand: 0 };
  private allocated: Lent<ModelEvents['orderAllocated']> | undefined;
  private readonly stockChangedChannel: EventChannel<'stockChanged'>;
  private readonly orderAllocated: EventChannel<'orderAllocated'>;
  private readonly unitsIssued: EventChannel<'unitsIssued'>;
  private readonly stockedOut: EventChannel<'stockedOut'>;

  constructor(
    private readonly context: ModelContext,
    inventory: InventorySlice,
    links: InventoryLinks,
  ) {
    const { catalog, streams, events } = context;
    this.stockChangedChannel = events.channel('stockChanged');
    this.orderAllocated = events.channel('orderAllocated');
    this.unitsIssued = events.channel('unitsIssued');
    this.stockedOut = events.channel('stockedOut');
    this.allocation = links.allocation;
    this.priority = links.priority;
    this.next = links.next;
    const leadTime = inventory.supplierLeadTime;
    this.leadTime = createSampler(leadTime, streams.get('inventory:lead-time'));
    this.lostSale = inventory.unmetDemand === 'lost-sale';
    this.partialShipments = inventory.partialShipments && !this.lostSale;
    this.unplannedDelay = inventory.unplannedDelay;
    this.oversellCancels = inventory.oversell === 'cancel';
    const fill = streams.get('inventory:supplier-fill');
    const rate = inventory.supplierFillRate;
    this.supplierFill = rate >= 1 ? undefined : (ordered) => randomBinomial.source(fill)(ordered, rate)();
    const leadDays = distributionMean(leadTime) / DAY;
    const leadVarianceDays = distributionVariance(leadTime) / (DAY * DAY);
    const rates = links.demand;
    const safetyFactor = normalQuantile(inventory.serviceLevel);
    const classes = demandValueClasses(rates.mean, catalog.unitPrice);
    this.rules = Array.from({ length: catalog.size }, (_, sku) => {
      const perDay = rates.mean[sku] as number;
      const profile: SkuDemandProfile = {
        sku,
        unitsPerDay: perDay,
        varianceUnitsPerDay: rates.variance[sku] as number,
        leadTimeDays: leadDays,
        leadTimeVarianceDays: leadVarianceDays,
        leadTimeDemandMean: perDay * leadDays,
        leadTimeDemandVariance: (rates.variance[sku] as number) * leadDays + perDay * perDay * leadVarianceDays,
        safetyFactor,
        orderingCost: inventory.orderingCost,
        holdingCostPerUnitYear: (catalog.unitPrice[sku] as number) * inventory.holdingCostRate,
      };
      return replenishmentPolicyFor(links.replenishment, sku, classes[sku] as AbcClass).ruleFor(profile);
    });
    this.learners = this.rules.map((rule) => (rule.recordDemand === undefined ? undefined : rule));
    this.periodic = Uint8Array.from(this.rules, (rule) => (rule.reviewPeriodDays === undefined ? 0 : 1));
    this.orderThreshold = Float64Array.from(this.rules, (rule) => rule.ordersOnlyAtOrBelow ?? Infinity);
    const start = streams.get('inventory:initial');
    const initial = inventory.initialOnHand;
    const given = inventory.onHandBySku;
    this.onHand = Float64Array.from(this.rules, (rule, sku) => {
      // The draw is made for every SKU, so a SKU master's onHand leaves the other SKUs' draws as they were.
      const level = initial === 'target' ? rule.targetLevel : initial === 'steady-state' ? rule.steadyStateLevel(start()) : initial;
      return given?.[sku] ?? level;
    });
    this.onOrder = new Float64Array(catalog.size);
    this.backorders = new Float64Array(catalog.size);
    this.waiting = Array.from({ length: catalog.size }, () => []);
  }

  /**
   * Announces the initial stock; under continuous review reorders any SKU whose starting
   * position is at or below its trigger, under periodic review starts the reviews (at 0, R, 2R...).
   */
  start(): void {
    for (let sku = 0; sku < this.rules.length; sku++) {
      const onHand = this.onHand[sku] as number;
      if (onHand > 0) this.stockChanged(sku, onHand, 0, onHand);
      const period = (this.rules[sku] as ReplenishmentRule).reviewPeriodDays;
      if (period === undefined) this.replenish(sku);
      else this.review(sku, period * DAY);
    }
  }

  // Reviews run after everything else due at the same instant (a later priority), so a
  // receipt due at a review instant is booked before the review sees the position.
  private review(sku: number, period: number): void {
    const closed = (this.rules[sku] as ReplenishmentRule).closePeriod?.();
    if (closed !== undefined) this.context.events.emit('forecastEvaluated', { sku, ...closed });
    this.order(sku);
    this.context.simulation.schedule(period, () => this.review(sku, period), REVIEW_PRIORITY);
  }

  /** Allocates a verified order's lines from on hand. */
  accept(order: Order): void {
    const { events } = this.context;
    order.allocatedAt = this.context.simulation.now;
    let oversold = 0;
    for (const line of order.lines) if (line.listed && (this.onHand[line.sku] as number) < line.units) oversold++;
    if (oversold > 0) {
      const cancel = this.oversellCancels;
      events.emit('orderOversold', { order, lines: oversold, cancelled: cancel });
      if (cancel) {
        moveOrder(this.context, order, 'cancelled');
        return;
      }
    }
    let demanded = 0;
    let filled = 0;
    for (const line of order.lines) {
      const sku = line.sku;
      const available = this.onHand[sku] as number;
      const take = Math.min(available, line.units);
      const short = line.units - take;
      demanded += line.units;
      filled += take;
      this.learners[sku]?.recordDemand?.(line.units, order.allocatedAt);
      line.filledAtAllocation = take;
      line.issued = take;
      if (take > 0) {
        this.onHand[sku] = available - take;
        if (this.unitsIssued.listening) this.unitsIssued.emit({ sku, units: take });
        if (available - take === 0) this.stockedOut.emit({ sku });
      }
      if (short > 0 && this.lostSale) {
        line.lost = short;
        events.emit('unitsLost', { order, sku, units: short });
      } else if (short > 0) {
        this.backorders[sku] = (this.backorders[sku] as number) + short;
        order.unitsAwaited += short;
        this.waiting[sku]?.push({ order, line, remaining: short });
      }
      if (take > 0 || short > 0) {
        this.stockChanged(sku, -take, this.lostSale ? 0 : short, this.onHand[sku] as number);
      }
      this.replenish(sku);
    }
    const allocated = (this.allocated ??= { order, unitsDemanded: demanded, unitsFilled: filled });
    allocated.order = order;
    allocated.unitsDemanded = demanded;
    allocated.unitsFilled = filled;
    this.orderAllocated.emit(allocated);
    if (this.lostSale && filled === 0) {
      moveOrder(this.context, order, 'lost');
      return;
    }
    if (order.unitsAwaited > 0 && this.partialShipments && filled > 0) this.cancelAwaited(order);
    if (order.unitsAwaited > 0) {
      moveOrder(this.context, order, 'awaitingStock');
      return;
    }
    this.next(order);
  }

  /** Partial shipments: the order ships what it holds; every unit it still awaits is cancelled. */
  private cancelAwaited(order: Order): void {
    const { events } = this.context;
    for (const line of order.lines) {
      const queue = this.waiting[line.sku] as Backorder[];
      const at = queue.findIndex((backorder) => backorder.line === line);
      if (at < 0) continue;
      const { remaining } = queue[at] as Backorder;
      queue.splice(at, 1);
      line.lost += remaining;
      order.unitsAwaited -= remaining;
      this.backorders[line.sku] = (this.backorders[line.sku] as number) - remaining;
      events.emit('unitsCancelled', { order, sku: line.sku, units: remaining });
      this.stockChanged(line.sku, 0, -remaining, this.onHand[line.sku] as number);
    }
  }

  /** Announces a change of a SKU's stock (on hand and backordered units) in the one payload it lends. */
  private stockChanged(sku: number, onHandDelta: number, backorderDelta: number, onHand: number): void {
    const change = this.stockChange;
    change.sku = sku;
    change.onHandDelta = onHandDelta;
    change.backorderDelta = backorderDelta;
    change.onHand = onHand;
    this.stockChangedChannel.emit(change);
  }

  /** Puts returned units back on the shelf (they fill backorders first). */
  restock(sku: number, units: number): void {
    if (this.context.events.listens('stockRestocked')) this.context.events.emit('stockRestocked', { sku, units });
    this.addStock(sku, units);
  }

  /** Continuous review: the rule may order after every demand and receipt. */
  private replenish(sku: number): void {
    if (this.periodic[sku] !== 1) this.order(sku);
  }

  private order(sku: number): void {
    const position = (this.onHand[sku] as number) + (this.onOrder[sku] as number) - (this.backorders[sku] as number);
    if (position > (this.orderThreshold[sku] as number)) return;
    const quantity = (this.rules[sku] as ReplenishmentRule).quantityToOrder(position, this.context.simulation.now);
    if (quantity <= 0) return;
    this.onOrder[sku] = (this.onOrder[sku] as number) + quantity;
    const leadTime = Math.max(0, this.leadTime()) + this.unplannedDelay;
    this.context.events.emit('replenishmentOrdered', { sku, units: quantity, leadTime });
    this.context.simulation.schedule(leadTime, () => {
      this.onOrder[sku] = (this.onOrder[sku] as number) - quantity;
      const delivered = this.supplierFill === undefined ? quantity : this.supplierFill(quantity);
      this.context.events.emit('stockReceived', { sku, units: delivered, cancelledUnits: quantity - delivered });
      if (delivered > 0) this.addStock(sku, delivered);
      else this.replenish(sku);
    });
  }

  /** Units each waiting backorder gets from `available`: all they await, or the allocation policy's split when scarce. */
  private split(sku: number, available: number, queue: readonly Backorder[]): number[] {
    let wanted = 0;
    for (const backorder of queue) wanted += backorder.remaining;
    if (wanted <= available) return queue.map((backorder) => backorder.remaining);
    const now = this.context.simulation.now;
    const unitPrice = this.context.catalog.unitPrice[sku] as number;
    const requests = queue.map(({ order, remaining }): AllocationRequest => ({
      orderId: order.id,
      sku,
      units: remaining,
      unitPrice,
      tier: order.tier,
      tierRank: order.tierRank,
      placedAt: order.placedAt,
      dueAt: order.dueAt,
      priority: this.priority(order, now),
      otherUnitsAwaited: order.unitsAwaited - remaining,
    }));
    return this.allocation.allocate(available, requests, now);
  }

  private addStock(sku: number, units: number): void {
    let onHand = (this.onHand[sku] as number) + units;
    let filled = 0;
    const queue = this.waiting[sku] as Backorder[];
    if (queue.length === 0) {
      // Nothing awaits the SKU (most receipts and returns): the stock goes on the shelf.
      this.onHand[sku] = onHand;
      this.stockChanged(sku, units, -filled, onHand);
      this.replenish(sku);
      return;
    }
    const given = this.split(sku, onHand, queue);
    const served = new Set<Order>();
    queue.forEach((backorder, index) => {
      const give = given[index] as number;
      if (give <= 0) return;
      onHand -= give;
      filled += give;
      backorder.remaining -= give;
      backorder.line.issued += give;
      backorder.order.unitsAwaited -= give;
      served.add(backorder.order);
    });
    if (filled > 0) this.waiting[sku] = queue.filter((backorder) => backorder.remaining > 0);
    this.onHand[sku] = onHand;
    this.backorders[sku] = (this.backorders[sku] as number) - filled;
    if (filled > 0) this.unitsIssued.emit({ sku, units: filled });
    this.stockChanged(sku, units - filled, -filled, onHand);
    if (filled > 0 && onHand === 0) this.stockedOut.emit({ sku });
    for (const order of served) {
      if (order.unitsAwaited > 0 && this.partialShipments) this.cancelAwaited(order);
      if (order.unitsAwaited === 0) this.releaseLater(order);
    }
    this.replenish(sku);
  }

  // A receipt can complete several orders; each continues in its own event so the
  // inventory update above finishes before any order moves on.
  private releaseLater(order: Order): void {
    this.context.simulation.schedule(0, () => this.next(order));
  }
}
