/** Saves `blob` under `filename` through a temporary link. */
function download(blob: Blob, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Inline the few styles the page's stylesheet gives charts, so the file looks the same alone.
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent =
    'text{font-family:system-ui,sans-serif}.axis-label{font-size:12px;fill:#333}.chart-title{font-size:14px;font-weight:600}.bar-value,.legend{font-size:11px}';
  copy.prepend(style);
  return new XMLSerializer().serializeToString(copy);
}

/** Exports the SVG chart inside `container` as SVG, or as PNG drawn at twice its size. */
export async function exportChart(container: HTMLElement, filename: string, format: 'svg' | 'png'): Promise<void> {
  const svg = container.querySelector('svg');
  if (svg === null) return;
  const text = svgText(svg);
  if (format === 'svg') {
    download(new Blob([text], { type: 'image/svg+xml' }), `${filename}.svg`);
    return;
  }
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = svg.viewBox.baseVal.width * 2;
  canvas.height = svg.viewBox.baseVal.height * 2;
  const context = canvas.getContext('2d');
  if (context === null) return;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  canvas.toBlob((blob) => blob && download(blob, `${filename}.png`), 'image/png');
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table inside `container` as CSV text (header and body rows as shown). */
export function tableCsv(container: HTMLElement): string {
  const rows = [...container.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => csvField(cell.textContent ?? '')).join(','),
  );
  return `${rows.join('\n')}\n`;
}

/** Adds export buttons after a section's heading: SVG and PNG for charts, CSV for tables. */
export function addExportButtons(section: HTMLElement): void {
  const bar = document.createElement('span');
  bar.className = 'exports';
  const name = section.id;
  const button = (label: string, action: () => void): void => {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.className = `export-${label.toLowerCase()}`;
    element.addEventListener('click', action);
    bar.append(element);
  };
  const chart = section.querySelector<HTMLElement>('.chart');
  if (chart !== null) {
    button('SVG', () => void exportChart(chart, name, 'svg'));
    button('PNG', () => void exportChart(chart, name, 'png'));
  }
  const table = section.querySelector<HTMLElement>('.table');
  if (table !== null) button('CSV', () => download(new Blob([tableCsv(table)], { type: 'text/csv' }), `${name}.csv`));
  section.querySelector('h2, h3')?.append(bar);
}
