/** One row of the per-order CSV (times in hours from the start; null when it did not happen). */
export interface OrderRecord {
  readonly id: number;
  readonly origin: string;
  readonly channel: string;
  readonly service: string;
  readonly tier: string;
  readonly lines: number;
  readonly units: number;
  readonly value: number;
  readonly state: string;
  readonly placedHours: number;
  readonly dueHours: number;
  readonly verifiedHours: number | null;
  readonly allocatedHours: number | null;
  readonly releasedHours: number | null;
  readonly pickStartHours: number | null;
  readonly pickedHours: number | null;
  readonly packStartHours: number | null;
  readonly packedHours: number | null;
  readonly shippedHours: number | null;
  readonly deliveredHours: number | null;
  readonly zone: number;
  readonly carrier: string;
  readonly shippingCost: number;
  readonly failedAttempts: number;
  readonly delayNotified: boolean;
  readonly onTime: boolean | null;
  readonly accurate: boolean;
  readonly damaged: boolean;
  readonly contacted: boolean;
  readonly returnReason: string;
  readonly satisfaction: number | null;
  /** The order's id in the replayed history; "" for generated orders and exchanges (last, so older columns keep their places). */
  readonly historyOrder: string;
}
