import { z } from 'zod';

/**
 * Aisle centre x positions in metres, left to right: each >= 0 and strictly above the one
 * before (the length must equal the aisle count: checked where both are known).
 */
export const aislePositions = z
  .array(z.number().min(0).max(1_000_000))
  .min(1)
  .max(10_000)
  .superRefine((positions, context) => {
    positions.forEach((x, index) => {
      const before = positions[index - 1];
      if (before !== undefined && !(x > before))
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `expected x above the aisle before it (${before}): strictly increasing`,
        });
    });
  });

/** The problem with `aisleX` for a layout of `aisles` aisles, or undefined. */
export function aisleCountMismatch(aisleX: readonly number[] | undefined, aisles: number): string | undefined {
  if (aisleX === undefined || aisleX.length === aisles) return undefined;
  return `expected one x position per aisle (${aisles}), got ${aisleX.length}`;
}
