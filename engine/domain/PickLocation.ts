/** A pick location: aisle index (0 = leftmost) and metres from the front cross aisle. */
export interface PickLocation {
  readonly aisle: number;
  readonly y: number;
}
