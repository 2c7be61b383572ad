/**
 * Spotlight ("look here"): all of a figure dimmed but one region, outlined and named. The
 * regions of a figure are those its hotspot items mark (Figure.astro lists them in
 * `data-spotlight-regions`, for the lesson figure and any hotspot item drawing the same
 * figure); a figure without any has its left and right halves (every figure of the module is
 * drawn as two panels side by side). `l` moves the spotlight on to the next region, and past
 * the last one turns it off.
 */

export interface SpotRegion {
  label: string;
  shape: 'circle' | 'rect' | 'polygon';
  coords: number[];
}

type ViewBox = [number, number, number, number];

/** The halves of a figure without named regions. */
export function halves([x, y, w, h]: ViewBox): SpotRegion[] {
  return [
    { label: 'left half', shape: 'rect', coords: [x, y, w / 2, h] },
    { label: 'right half', shape: 'rect', coords: [x + w / 2, y, w / 2, h] },
  ];
}

/** The region after `current` (-1: none yet), or -1 past the last one (spotlight off). */
export const nextRegion = (current: number, count: number): number => (count === 0 || current + 1 >= count ? -1 : current + 1);

/** An SVG path of the shape (for the dimmed surround, cut out with even-odd). */
export function regionPath({ shape, coords: c }: SpotRegion): string {
  if (shape === 'circle') {
    const [cx, cy, r] = c as [number, number, number];
    return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
  if (shape === 'rect') {
    const [x, y, w, h] = c as [number, number, number, number];
    return `M${x},${y}h${w}v${h}h${-w}Z`;
  }
  const points: string[] = [];
  for (let i = 0; i + 1 < c.length; i += 2) points.push(`${c[i]},${c[i + 1]}`);
  return `M${points.join('L')}Z`;
}

/** Reads a figure's named regions (or undefined when it has none, or the list is not well formed). */
export function parseRegions(json: string | undefined | null): SpotRegion[] | undefined {
  if (!json) return undefined;
  try {
    const list: unknown = JSON.parse(json);
    if (!Array.isArray(list)) return undefined;
    const ok = list.filter(
      (r): r is SpotRegion =>
        typeof r?.label === 'string' && ['circle', 'rect', 'polygon'].includes(r?.shape) && Array.isArray(r?.coords) && r.coords.every(Number.isFinite),
    );
    return ok.length ? ok : undefined;
  } catch {
    return undefined;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** The figure's drawing, its viewBox and its regions. */
export function spotlightTarget(figure: Element): { art: SVGSVGElement; host: HTMLElement; viewBox: ViewBox; regions: SpotRegion[] } | undefined {
  const hotspot = figure.matches('.hotspot__figure');
  const art = figure.querySelector<SVGSVGElement>(hotspot ? '.hotspot__art svg' : 'svg.figure__art');
  const host = figure as HTMLElement;
  const box = art?.viewBox.baseVal;
  if (!art || !box || !box.width) return undefined;
  const viewBox: ViewBox = [box.x, box.y, box.width, box.height];
  const name = hotspot
    ? /#hotspot-figure-(.+)$/.exec(art.querySelector('use')?.getAttribute('href') ?? '')?.[1]
    : (figure as HTMLElement).dataset.figure;
  const listed = document.querySelector<HTMLElement>(`figure[data-figure="${CSS.escape(name ?? '')}"][data-spotlight-regions]`);
  return { art, host, viewBox, regions: parseRegions(listed?.dataset.spotlightRegions) ?? halves(viewBox) };
}

/** Draws the spotlight on region `index` over the figure's drawing; returns how to take it away. */
export function drawSpotlight(target: NonNullable<ReturnType<typeof spotlightTarget>>, index: number): () => void {
  const { art, host, viewBox, regions } = target;
  const region = regions[index]!;
  const hostBox = host.getBoundingClientRect();
  const artBox = art.getBoundingClientRect();
  const overlay = document.createElementNS(SVG, 'svg');
  overlay.setAttribute('class', 'pp-spotlight');
  overlay.setAttribute('data-pp-overlay', '');
  overlay.setAttribute('aria-hidden', 'true');
  overlay.setAttribute('viewBox', viewBox.join(' '));
  Object.assign(overlay.style, {
    left: `${artBox.left - hostBox.left}px`,
    top: `${artBox.top - hostBox.top}px`,
    width: `${artBox.width}px`,
    height: `${artBox.height}px`,
  });
  const [x, y, w, h] = viewBox;
  const dim = document.createElementNS(SVG, 'path');
  dim.setAttribute('class', 'pp-spotlight__dim');
  dim.setAttribute('fill-rule', 'evenodd');
  dim.setAttribute('d', `M${x},${y}h${w}v${h}h${-w}Z${regionPath(region)}`);
  const edge = document.createElementNS(SVG, 'path');
  edge.setAttribute('class', 'pp-spotlight__edge');
  edge.setAttribute('d', regionPath(region));
  overlay.append(dim, edge);
  const label = document.createElement('p');
  label.className = 'pp-spotlight__label';
  label.dataset.ppOverlay = '';
  label.textContent = `Look here: ${region.label}`;
  Object.assign(label.style, { left: `${artBox.left - hostBox.left}px`, top: `${artBox.top - hostBox.top}px` });
  const position = getComputedStyle(host).position;
  if (position === 'static') host.style.position = 'relative';
  host.append(overlay, label);
  return () => {
    overlay.remove();
    label.remove();
    if (position === 'static') host.style.position = '';
  };
}
