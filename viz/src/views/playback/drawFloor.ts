import type { DayLogFloor } from '../../../../engine/index.js';
import type { PlaybackLayout } from './playbackLayout.js';

/** Colours of the plan: racks, aisles, the depot (contrast checked against the white lanes). */
export const FLOOR_COLOURS = { rack: '#b9b1a3', lane: '#ffffff', ground: '#eef0f2', depot: '#1b1b1b', zone: '#5a5a5a', text: '#1b1b1b' };

/**
 * Draws the still part of the plan, to scale: racks on both sides of every aisle, the aisles,
 * the front, back and middle cross aisles, zone borders and the depot(s) on the front cross aisle.
 */
export function drawFloor(context: CanvasRenderingContext2D, layout: PlaybackLayout, floor: DayLogFloor): void {
  const { toX, toY, scale } = layout;
  const { aisleX, aisleLength, aisleSpacing, blocks } = floor;
  context.fillStyle = FLOOR_COLOURS.ground;
  context.fillRect(layout.floor.x, layout.floor.y, layout.floor.width, layout.floor.height);
  const half = Math.max(aisleSpacing, 1) / 2;
  const left = toX((aisleX[0] as number) - half);
  const right = toX((aisleX[aisleX.length - 1] as number) + half);
  // Racks fill the block; the aisles are cut out of them as lanes.
  context.fillStyle = FLOOR_COLOURS.rack;
  context.fillRect(left, toY(aisleLength), right - left, aisleLength * scale);
  context.fillStyle = FLOOR_COLOURS.lane;
  const laneWidth = Math.max(2, half * scale);
  for (const x of aisleX) context.fillRect(toX(x) - laneWidth / 2, toY(aisleLength), laneWidth, aisleLength * scale);
  const crossWidth = Math.max(3, 1.2 * scale);
  for (let block = 0; block <= blocks; block++) {
    const y = (aisleLength * block) / blocks;
    context.fillRect(left, toY(y) - crossWidth / 2, right - left, crossWidth);
  }
  if (floor.zones.length > 1) {
    context.strokeStyle = FLOOR_COLOURS.zone;
    context.setLineDash([6, 4]);
    context.lineWidth = 1.5;
    for (const zone of floor.zones.slice(1)) {
      const x = toX(((aisleX[zone.firstAisle - 1] as number) + (aisleX[zone.firstAisle] as number)) / 2);
      context.beginPath();
      context.moveTo(x, toY(aisleLength) - 4);
      context.lineTo(x, toY(0) + 4);
      context.stroke();
    }
    context.setLineDash([]);
  }
  context.font = '12px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'top';
  for (const zone of floor.zones) {
    const x = toX(zone.depotX);
    const y = toY(0) + crossWidth / 2 + 2;
    context.fillStyle = FLOOR_COLOURS.depot;
    context.fillRect(x - 6, y, 12, 8);
    context.fillStyle = FLOOR_COLOURS.text;
    context.textAlign = 'left';
    context.fillText('depot', x - 6, y + 11);
  }
  context.textAlign = 'left';
  context.fillText(`${aisleX.length} aisles, ${aisleLength} m long`, layout.floor.x + 6, layout.floor.y + 2);
  // The legend of what moves on the plan, at its top right.
  context.textAlign = 'right';
  const legendX = layout.floor.x + layout.floor.width - 6;
  context.fillText('picker on a tour', legendX - 16, layout.floor.y + 2);
  context.fillStyle = '#d55e00';
  context.beginPath();
  context.arc(legendX - 5, layout.floor.y + 9, 5, 0, 2 * Math.PI);
  context.fill();
  context.fillStyle = FLOOR_COLOURS.text;
  context.fillText('its picks', legendX - 16, layout.floor.y + 18);
  context.fillRect(legendX - 8, layout.floor.y + 22, 5, 5);
  context.textAlign = 'left';
}
