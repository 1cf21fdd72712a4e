import type { ScenarioResult } from '../../engine/index.js';

function isResult(value: unknown): value is ScenarioResult {
  return typeof value === 'object' && value !== null && 'scenario' in value && 'kpis' in value && 'series' in value;
}

/** Scenario results in a parsed JSON document: one result, or `{"scenarios": [...]}` from `run --json`. */
export function resultsIn(document: unknown): ScenarioResult[] {
  if (isResult(document)) return [document];
  const list = (document as { scenarios?: unknown } | null)?.scenarios;
  return Array.isArray(list) ? list.filter(isResult) : [];
}

function filesOf(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return new Promise((resolve, reject) => (entry as FileSystemFileEntry).file((file) => resolve([file]), reject));
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the folder in batches until it returns an empty one.
  const readAll = (collected: FileSystemEntry[]): Promise<FileSystemEntry[]> =>
    new Promise((resolve, reject) =>
      reader.readEntries((batch) => (batch.length === 0 ? resolve(collected) : resolve(readAll([...collected, ...batch]))), reject),
    );
  return readAll([]).then(async (entries) => (await Promise.all(entries.map(filesOf))).flat());
}

/**
 * Lets the user drop result JSON files, or a whole results folder, onto the page. Each JSON
 * file that holds scenario results is handed to `onResults`; other files are ignored and
 * reported through `onMessage`.
 */
export function acceptDroppedResults(
  target: HTMLElement,
  onResults: (results: ScenarioResult[]) => void,
  onMessage: (text: string) => void,
): void {
  target.addEventListener('dragover', (event) => {
    event.preventDefault();
    target.classList.add('dropping');
  });
  target.addEventListener('dragleave', () => target.classList.remove('dropping'));
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    target.classList.remove('dropping');
    const items = [...(event.dataTransfer?.items ?? [])];
    const entries = items
      .map((item) => item.webkitGetAsEntry?.())
      .filter((entry): entry is FileSystemEntry => entry !== null && entry !== undefined);
    const files =
      entries.length > 0
        ? Promise.all(entries.map(filesOf)).then((lists) => lists.flat())
        : Promise.resolve([...(event.dataTransfer?.files ?? [])]);
    void files.then(async (list) => {
      const found: ScenarioResult[] = [];
      let skipped = 0;
      for (const file of list.filter((candidate) => candidate.name.endsWith('.json'))) {
        try {
          const results = resultsIn(JSON.parse(await file.text()));
          if (results.length === 0) skipped++;
          found.push(...results);
        } catch {
          skipped++;
        }
      }
      onMessage(`Opened ${found.length} scenario result(s)${skipped > 0 ? `; ${skipped} JSON file(s) held no results` : ''}.`);
      if (found.length > 0) onResults(found);
    });
  });
}
