import type { DayLog } from '../../../../engine/index.js';
import { clockText } from './clockText.js';
import { drawFloor } from './drawFloor.js';
import { drawFrame, type DayPeaks } from './drawFrame.js';
import { levelAt, PlaybackIndex } from './playbackIndex.js';
import { playbackLayout, type PlaybackLayout } from './playbackLayout.js';

/** Playback speeds offered: simulated seconds per real second, with their words. */
export const SPEEDS: ReadonlyArray<readonly [number, string]> = [
  [1, 'real time (1×)'],
  [10, '10×'],
  [60, '1 minute per second (60×)'],
  [300, '5 minutes per second (300×)'],
  [900, '15 minutes per second (900×)'],
  [1800, '30 minutes per second (1800×)'],
  [3600, '1 hour per second (3600×)'],
];

const DAY_SECONDS = 86_400;

/** What the e2e tests read from `window.__playback`. */
export interface PlaybackProbe {
  readonly time: () => number;
  readonly playing: () => boolean;
  readonly frames: () => number;
  /** Milliseconds spent drawing, over every frame so far (the page's own share of a frame). */
  readonly drawMilliseconds: () => number;
  readonly pickers: () => Array<{ zone: number; picker: number; x: number; y: number }>;
}

declare global {
  interface Window {
    __playback?: PlaybackProbe;
  }
}

function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}

/**
 * One day's playback: a canvas plan to scale with what moves on it, play/pause, a speed choice,
 * a scrubber (any moment is drawn from the indexed log, never by replaying), the clock, and a
 * text summary of the counts at the moment shown, for people who cannot see the canvas.
 */
export class PlaybackPlayer {
  private readonly index: PlaybackIndex;
  private readonly peaks: DayPeaks;
  private readonly canvas: HTMLCanvasElement;
  private readonly floorCanvas = document.createElement('canvas');
  private readonly playButton: HTMLButtonElement;
  private readonly speedSelect: HTMLSelectElement;
  private readonly scrubber: HTMLInputElement;
  private readonly clock: HTMLElement;
  private readonly summary: HTMLElement;
  private layout: PlaybackLayout | undefined;
  private t = 0;
  private frameRequest: number | undefined;
  private lastFrame: number | undefined;
  private lastSummary = 0;
  private frames = 0;
  private drawMilliseconds = 0;
  private readonly onResize = (): void => this.relayout();

  constructor(
    private readonly host: HTMLElement,
    private readonly log: DayLog,
  ) {
    this.index = new PlaybackIndex(log);
    this.peaks = { pick: Math.max(1, ...log.queues.pick.value), pack: Math.max(1, ...log.queues.pack.value) };
    const controls = create('div', { className: 'playback-controls' });
    this.playButton = create('button', { type: 'button', textContent: 'Play' });
    this.playButton.addEventListener('click', () => (this.frameRequest === undefined ? this.play() : this.pause()));
    const speedLabel = create('label', { textContent: 'Speed ' });
    this.speedSelect = create('select');
    this.speedSelect.append(...SPEEDS.map(([speed, words]) => new Option(words, String(speed))));
    this.speedSelect.value = '900';
    speedLabel.append(this.speedSelect);
    const scrubLabel = create('label', { className: 'playback-scrubber', textContent: 'Time of day ' });
    this.scrubber = create('input', { type: 'range', min: '0', max: String(DAY_SECONDS), step: '60', value: '0' });
    this.scrubber.addEventListener('input', () => this.seek(Number(this.scrubber.value)));
    scrubLabel.append(this.scrubber);
    this.clock = create('output', { className: 'playback-clock' });
    this.clock.setAttribute('aria-label', 'Clock (warehouse local time)');
    controls.append(this.playButton, speedLabel, scrubLabel, this.clock);
    const summaryId = `playback-summary-${log.scenario.replace(/[^A-Za-z0-9_-]/g, '_')}-${log.day}`;
    this.canvas = create('canvas', { className: 'playback-canvas' });
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute(
      'aria-label',
      `Plan of the warehouse, drawn to scale, on day ${log.day} of ${log.scenario}; the counts are described beside it`,
    );
    this.canvas.setAttribute('aria-describedby', summaryId);
    this.summary = create('p', { className: 'playback-summary', id: summaryId });
    const stage = create('div', { className: 'playback-stage' });
    stage.append(this.canvas, this.summary);
    host.replaceChildren(controls, stage);
    window.addEventListener('resize', this.onResize);
    this.relayout();
    window.__playback = {
      time: () => this.t,
      playing: () => this.frameRequest !== undefined,
      frames: () => this.frames,
      drawMilliseconds: () => this.drawMilliseconds,
      pickers: () => this.index.pickersAt(this.t).map(({ zone, picker, x, y }) => ({ zone, picker, x, y })),
    };
  }

  /** Starts the animation (from the start of the day when it had reached the end). */
  play(): void {
    if (this.frameRequest !== undefined) return;
    if (this.t >= DAY_SECONDS) this.t = 0;
    this.playButton.textContent = 'Pause';
    this.lastFrame = undefined;
    this.frameRequest = requestAnimationFrame((now) => this.frame(now));
  }

  /** Stops the animation where it is. */
  pause(): void {
    if (this.frameRequest !== undefined) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = undefined;
    this.playButton.textContent = 'Play';
    this.describe();
  }

  /** Shows the moment `t` seconds after midnight. */
  seek(t: number): void {
    this.t = Math.min(DAY_SECONDS, Math.max(0, t));
    this.draw();
    this.describe();
  }

  /** Stops the animation and lets go of the window. */
  destroy(): void {
    this.pause();
    window.removeEventListener('resize', this.onResize);
    delete window.__playback;
  }

  private frame(now: number): void {
    this.frames++;
    const speed = Number(this.speedSelect.value) || 1;
    if (this.lastFrame !== undefined) this.t += (Math.min(250, now - this.lastFrame) / 1000) * speed;
    this.lastFrame = now;
    if (this.t >= DAY_SECONDS) {
      this.t = DAY_SECONDS;
      this.draw();
      this.pause();
      return;
    }
    const started = performance.now();
    this.draw();
    this.drawMilliseconds += performance.now() - started;
    this.scrubber.value = String(Math.round(this.t));
    if (now - this.lastSummary > 500) {
      this.lastSummary = now;
      this.describe();
    }
    this.frameRequest = requestAnimationFrame((next) => this.frame(next));
  }

  private relayout(): void {
    const width = Math.max(300, Math.floor(this.host.clientWidth || 1000));
    const layout = playbackLayout(width, this.log.floor, { channels: this.log.channels.length, carriers: this.index.carriers.length });
    this.layout = layout;
    const ratio = window.devicePixelRatio || 1;
    for (const canvas of [this.canvas, this.floorCanvas]) {
      canvas.width = Math.round(layout.width * ratio);
      canvas.height = Math.round(layout.height * ratio);
    }
    this.canvas.style.width = `${layout.width}px`;
    this.canvas.style.height = `${layout.height}px`;
    const still = this.floorCanvas.getContext('2d');
    if (still !== null) {
      still.setTransform(ratio, 0, 0, ratio, 0, 0);
      still.fillStyle = '#ffffff';
      still.fillRect(0, 0, layout.width, layout.height);
      drawFloor(still, layout, this.log.floor);
    }
    this.draw();
    this.describe();
  }

  private draw(): void {
    const context = this.canvas.getContext('2d');
    const layout = this.layout;
    if (context === null || layout === undefined) return;
    const speed = Number(this.speedSelect.value) || 1;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(this.floorCanvas, 0, 0);
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawFrame(context, layout, this.index, this.peaks, { t: this.t, trail: Math.min(1.5 * 3600, Math.max(120, speed * 2)) });
    this.clock.textContent = clockText(this.log.weekday, this.t);
    this.canvas.dataset.time = String(Math.round(this.t));
  }

  /** The counts at the moment shown, in words. */
  private describe(): void {
    const { log, index, t } = this;
    const placed = index.placedBy(t);
    const total = placed.reduce((sum, count) => sum + count, 0);
    const byChannel = log.channels.map((channel, row) => `${channel} ${(placed[row] ?? 0).toLocaleString('en-US')}`).join(', ');
    const { taken } = index.pickupsBy(t, 1);
    const parcels = [...taken.values()].reduce((sum, count) => sum + count, 0);
    const byCarrier = [...taken].map(([carrier, count]) => `${carrier} ${count.toLocaleString('en-US')}`).join(', ');
    const walking = index.pickersAt(t).length;
    this.summary.textContent =
      `At ${clockText(log.weekday, t)}: ${total.toLocaleString('en-US')} orders placed since midnight (${byChannel}); ` +
      `${levelAt(log.queues.pick, t)} waiting to be picked and ${levelAt(log.queues.pack, t)} waiting to be packed; ` +
      `${walking} picker(s) on a tour, ${levelAt(log.staff.pickers.onShift, t)} on shift; ` +
      `${levelAt(log.staff.packers.busy, t)} of ${levelAt(log.staff.packers.onShift, t)} packers busy; ` +
      `${parcels.toLocaleString('en-US')} parcels gone${byCarrier === '' ? '' : ` (${byCarrier})`}.`;
    this.scrubber.setAttribute('aria-valuetext', clockText(log.weekday, t));
  }
}
