import { FLOOR_COLOURS } from './drawFloor.js';
import { levelAt, type PlaybackIndex } from './playbackIndex.js';
import type { Box, PlaybackLayout } from './playbackLayout.js';

/** Channel colours (Okabe-Ito, readable by colour-blind people), in channel order. */
export const CHANNEL_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000'];
const PICKER = '#d55e00';
const PICK = '#1b1b1b';
const TEXT = '#1b1b1b';
const MUTED = '#555555';

/** What one frame shows: the moment and how much simulated time the moving marks span. */
export interface FrameState {
  readonly t: number;
  /** Simulated seconds an arrival dot or a leaving truck stays in view (grows with the speed). */
  readonly trail: number;
}

/** Peaks of the day, so bars keep one scale while the day plays. */
export interface DayPeaks {
  readonly pick: number;
  readonly pack: number;
}

function bar(context: CanvasRenderingContext2D, box: Box, y: number, label: string, value: number, peak: number, colour: string): void {
  context.fillStyle = TEXT;
  context.fillText(`${label}: ${value.toLocaleString('en-US')}`, box.x, y);
  const width = box.width - 8;
  context.fillStyle = '#e4e4e4';
  context.fillRect(box.x, y + 16, width, 10);
  context.fillStyle = colour;
  context.fillRect(box.x, y + 16, peak > 0 ? (width * Math.min(value, peak)) / peak : 0, 10);
}

/** People as squares: busy ones filled, idle ones on shift outlined. */
function people(context: CanvasRenderingContext2D, box: Box, y: number, label: string, busy: number, onShift: number): void {
  context.fillStyle = TEXT;
  context.fillText(`${label}: ${busy} busy of ${onShift} on shift`, box.x, y);
  const perRow = Math.max(1, Math.floor((box.width - 8) / 12));
  const shown = Math.min(onShift, perRow * 2);
  for (let person = 0; person < shown; person++) {
    const x = box.x + (person % perRow) * 12;
    const top = y + 17 + Math.floor(person / perRow) * 12;
    context.strokeStyle = TEXT;
    context.lineWidth = 1;
    if (person < busy) {
      context.fillStyle = '#0072b2';
      context.fillRect(x, top, 9, 9);
    } else context.strokeRect(x + 0.5, top + 0.5, 8, 8);
  }
}

/**
 * Draws the moving part of one frame over the still plan: pickers on their tours (with the
 * picks still ahead of them), and in the panel the orders arriving by channel, the queues
 * before picking and packing, pickers and packers at work, and parcels leaving at the dock.
 * Only what is active at `t` is touched.
 */
export function drawFrame(
  context: CanvasRenderingContext2D,
  layout: PlaybackLayout,
  index: PlaybackIndex,
  peaks: DayPeaks,
  state: FrameState,
): void {
  const { t, trail } = state;
  const { log } = index;
  const radius = Math.max(3, Math.min(7, layout.scale * 0.45));
  const pickers = index.pickersAt(t);
  // The tours' pick locations first, so the pickers are drawn over them.
  context.fillStyle = PICK;
  const mark = Math.max(2, Math.min(5, layout.scale * 0.3));
  for (const picker of pickers) {
    for (let pick = 0; pick < picker.picks.length; pick += 2)
      context.fillRect(
        layout.toX(picker.picks[pick] as number) - mark / 2,
        layout.toY(picker.picks[pick + 1] as number) - mark / 2,
        mark,
        mark,
      );
  }
  for (const picker of pickers) {
    context.beginPath();
    context.arc(layout.toX(picker.x), layout.toY(picker.y), radius, 0, 2 * Math.PI);
    context.fillStyle = PICKER;
    context.fill();
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1.5;
    context.stroke();
  }

  const box = layout.panel;
  context.fillStyle = '#ffffff';
  context.fillRect(box.x, box.y, box.width, box.height);
  const inner: Box = { x: box.x + 10, y: box.y + 8, width: box.width - 20, height: box.height - 16 };
  context.font = '13px system-ui, sans-serif';
  context.textAlign = 'left';
  context.textBaseline = 'top';
  let y = inner.y;
  context.fillStyle = TEXT;
  context.fillText('Orders arriving', inner.x, y);
  y += 20;
  const placed = index.placedBy(t);
  const nameWidth = Math.min(150, inner.width * 0.45);
  log.channels.forEach((channel, row) => {
    const colour = CHANNEL_COLOURS[row % CHANNEL_COLOURS.length] as string;
    context.fillStyle = colour;
    context.beginPath();
    context.arc(inner.x + 5, y + 7, 5, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = TEXT;
    context.fillText(`${channel} ${(placed[row] ?? 0).toLocaleString('en-US')}`, inner.x + 14, y);
    y += 18;
  });
  // The lane: each order a dot that slides from the right edge to the left as it ages.
  const lane: Box = {
    x: inner.x + nameWidth,
    y: inner.y + 20,
    width: inner.width - nameWidth,
    height: Math.max(18, log.channels.length * 18),
  };
  context.fillStyle = '#f3f3f3';
  context.fillRect(lane.x, lane.y, lane.width, lane.height);
  const [from, to] = index.arrivalsWithin(t, trail);
  for (let arrival = from; arrival < to; arrival++) {
    const channel = index.arrivalChannels[arrival] as number;
    const age = (t - (index.arrivalTimes[arrival] as number)) / trail;
    context.fillStyle = CHANNEL_COLOURS[channel % CHANNEL_COLOURS.length] as string;
    context.fillRect(lane.x + lane.width - 4 - age * (lane.width - 8), lane.y + 4 + channel * 18, 4, 10);
  }
  y = Math.max(y, lane.y + lane.height) + 12;
  context.fillStyle = MUTED;
  context.fillText('(newest on the right)', lane.x, y - 10);
  y += 8;
  bar(context, inner, y, 'Waiting to be picked', levelAt(log.queues.pick, t), peaks.pick, '#0072b2');
  y += 36;
  bar(context, inner, y, 'Picked, waiting to be packed', levelAt(log.queues.pack, t), peaks.pack, '#0072b2');
  y += 40;
  people(context, inner, y, 'Pickers', levelAt(log.staff.pickers.busy, t), levelAt(log.staff.pickers.onShift, t));
  y += 44;
  people(context, inner, y, 'Packers', levelAt(log.staff.packers.busy, t), levelAt(log.staff.packers.onShift, t));
  y += 48;
  context.fillStyle = TEXT;
  context.fillText('Dock: parcels gone with each carrier', inner.x, y);
  y += 20;
  const { taken, leaving } = index.pickupsBy(t, trail);
  for (const carrier of index.carriers) {
    context.fillStyle = TEXT;
    context.fillText(`${carrier}: ${(taken.get(carrier) ?? 0).toLocaleString('en-US')}`, inner.x, y);
    const truck = leaving.find((pickup) => pickup.carrier === carrier);
    if (truck !== undefined) {
      // A truck pulls away from the dock with the pick-up's parcels.
      const x = inner.x + nameWidth + truck.age * (inner.width - nameWidth - 60);
      context.fillStyle = '#009e73';
      context.fillRect(x, y - 1, 44, 14);
      context.fillStyle = '#ffffff';
      context.fillText(String(truck.parcels), x + 4, y);
    }
    y += 18;
  }
  if (index.carriers.length === 0) {
    context.fillStyle = MUTED;
    context.fillText('no pick-up this day', inner.x, y);
  }
  context.fillStyle = FLOOR_COLOURS.text;
}
