import type { DashboardPage, PageContext } from './page.js';
import { loadDayLog, loadRecordedDays, type RecordedDay } from '../views/playback/loadDays.js';
import { PlaybackPlayer } from '../views/playback/playbackPlayer.js';

const NO_DAY =
  'No day has been recorded in this results folder yet. `npm start` records the baseline’s busiest day; ' +
  'for any scenario and day, run `fulfill run SCENARIO.json --out DIR --record-day N` (days counted from 0) and open that folder.';

/** The words of a recorded day in the chooser. */
function dayWords(day: RecordedDay): string {
  return `${day.scenario}, day ${day.day}`;
}

/**
 * "A day played back": one recorded day of replication 0 drawn on the warehouse's plan,
 * orders arriving, queues, pickers walking their routes and parcels leaving, with play/pause,
 * speed and a scrubber. The day shown is the chosen scenario's when it has one.
 */
function createPlaybackPage(): DashboardPage {
  let player: PlaybackPlayer | undefined;
  // A later show() wins over a slower earlier one.
  let generation = 0;
  const stop = (): void => {
    player?.destroy();
    player = undefined;
  };
  return {
    id: 'playback',
    title: 'Day playback',
    async show(container: HTMLElement, context: PageContext): Promise<void> {
      stop();
      const mine = ++generation;
      const heading = Object.assign(document.createElement('h2'), { textContent: 'A day in the warehouse, played back' });
      const intro = Object.assign(document.createElement('p'), {
        className: 'note',
        textContent:
          'One simulated day of replication 0: orders arriving by channel, the queues before picking and packing, pickers walking their routes on the floor (drawn to scale) and parcels leaving at each carrier pick-up.',
      });
      const chooserLabel = Object.assign(document.createElement('label'), { textContent: 'Recorded day ' });
      const chooser = document.createElement('select');
      chooserLabel.append(chooser);
      const message = Object.assign(document.createElement('p'), { className: 'note' });
      message.setAttribute('role', 'status');
      const stage = Object.assign(document.createElement('div'), { className: 'playback' });
      container.replaceChildren(heading, intro, chooserLabel, message, stage);
      let days: RecordedDay[];
      try {
        days = await loadRecordedDays();
      } catch (error) {
        message.textContent = error instanceof Error ? error.message : String(error);
        return;
      }
      if (mine !== generation) return;
      if (days.length === 0) {
        chooserLabel.hidden = true;
        message.textContent = NO_DAY;
        return;
      }
      chooser.append(...days.map((day, index) => new Option(dayWords(day), String(index))));
      const chosenScenario = context.results[context.selected]?.scenario;
      const preferred = days.findIndex((day) => day.scenario === chosenScenario);
      chooser.value = String(Math.max(0, preferred));
      const open = async (): Promise<void> => {
        const day = days[Number(chooser.value)];
        if (day === undefined) return;
        stop();
        stage.replaceChildren();
        message.textContent = `Loading ${dayWords(day)}…`;
        try {
          const log = await loadDayLog(day);
          if (mine !== generation) return;
          message.textContent = `${dayWords(day)}: ${log.arrivals.time.length.toLocaleString('en-US')} orders placed, ${log.tours.length.toLocaleString('en-US')} picker tours. Press Play.`;
          player = new PlaybackPlayer(stage, log);
        } catch (error) {
          message.textContent = `${dayWords(day)} could not be shown: ${error instanceof Error ? error.message : String(error)}`;
        }
      };
      chooser.addEventListener('change', () => void open());
      await open();
    },
    hide(): void {
      generation++;
      stop();
    },
  };
}

/** The playback page, reached at `#/playback`. */
export const playbackPage: DashboardPage = createPlaybackPage();
