import type { DayLogFloor } from '../../../../engine/index.js';

/** A rectangle in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the plan and the side panel go on the canvas, and how metres map to pixels. */
export interface PlaybackLayout {
  readonly width: number;
  readonly height: number;
  /** The floor plan's box (to scale). */
  readonly floor: Box;
  /** The counters' box: arrivals, queues, staff, dock. */
  readonly panel: Box;
  /** Pixels per metre. */
  readonly scale: number;
  /** Canvas x of floor x (m) and canvas y of floor y (m; y = 0 is the front cross aisle, drawn at the bottom). */
  readonly toX: (x: number) => number;
  readonly toY: (y: number) => number;
}

/** Metres of floor drawn around the aisles: the cross aisles and the depot in front. */
const FRONT_METRES = 4;
/** Room above the back cross aisle for the plan's labels. */
const BACK_METRES = 2.5;

/** Lays the plan out for a canvas `width` px wide: plan left and panel right, or stacked on a narrow screen. */
export function playbackLayout(width: number, floor: DayLogFloor, rows: { channels: number; carriers: number }): PlaybackLayout {
  const left = Math.min(...floor.aisleX, floor.depotX) - floor.aisleSpacing;
  const right = Math.max(...floor.aisleX, floor.depotX) + floor.aisleSpacing;
  const worldWidth = Math.max(1, right - left);
  const worldHeight = floor.aisleLength + FRONT_METRES + BACK_METRES;
  const wide = width >= 700;
  const floorWidth = wide ? Math.round(width * 0.6) : width;
  const scale = Math.min((floorWidth - 16) / worldWidth, (wide ? 620 : 480) / worldHeight);
  const floorHeight = Math.round(worldHeight * scale + 16);
  // Heading and lane, bars, people, dock: what drawFrame stacks in the panel.
  const panelHeight = 20 + Math.max(1, rows.channels) * 18 + 28 + 76 + 92 + 20 + Math.max(1, rows.carriers) * 18 + 24;
  const floorBox: Box = { x: 0, y: 0, width: floorWidth, height: floorHeight };
  const panel: Box = wide
    ? { x: floorWidth + 12, y: 0, width: width - floorWidth - 12, height: Math.max(floorHeight, panelHeight) }
    : { x: 0, y: floorHeight + 8, width, height: panelHeight };
  const originX = (floorWidth - worldWidth * scale) / 2 - left * scale;
  const baseY = 8 + (floor.aisleLength + BACK_METRES) * scale;
  return {
    width,
    height: wide ? Math.max(floorHeight, panelHeight) : floorHeight + 8 + panelHeight,
    floor: floorBox,
    panel,
    scale,
    toX: (x) => originX + x * scale,
    toY: (y) => baseY - y * scale,
  };
}
