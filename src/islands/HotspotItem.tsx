/**
 * `hotspot` on a figure: click the figure (the point is converted to viewBox units with
 * getScreenCTM().inverse()) or choose a region from a list of radio buttons. The figure is
 * drawn with <use> from the page's sprite (Quiz.astro), so the page holds its SVG once.
 */
import type { HotspotRegion } from '../schemas/items/hotspot.ts';
import { ChoiceList, optionMarks } from './ChoiceList.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import type { InlineFigure, ItemView, QuizProps } from './quiz-types.ts';

/** A point marked on the figure, or a region chosen from the list (never both). */
interface Draft {
  x?: number | undefined;
  y?: number | undefined;
  region?: string | undefined;
}

function regionShape(region: Pick<HotspotRegion, 'shape' | 'coords'>, className: string) {
  const c = region.coords;
  if (region.shape === 'circle') return <circle class={className} cx={c[0]} cy={c[1]} r={c[2]} />;
  if (region.shape === 'rect') return <rect class={className} x={c[0]} y={c[1]} width={c[2]} height={c[3]} />;
  return <polygon class={className} points={c.join(' ')} />;
}

/** The point of a click in the figure's own viewBox units. */
export function toViewBox(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } | undefined {
  const matrix = svg.getScreenCTM();
  if (!matrix) return undefined;
  const point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 };
}

interface FigureProps {
  figure: InlineFigure | undefined;
  draft: Draft;
  onPoint?: ((point: { x: number; y: number }) => void) | undefined;
  regions: readonly HotspotRegion[];
  answer: string | undefined;
}

function HotspotFigure({ figure, draft, onPoint, regions, answer }: FigureProps) {
  if (!figure) return null;
  const [, , vw, vh] = figure.viewBox;
  const marker = Math.max(vw, vh) / 60;
  const chosen = draft.region === undefined ? undefined : regions.find((r) => r.id === draft.region);
  const key = answer === undefined ? undefined : regions.find((r) => r.id === answer);
  return (
    <div
      class={onPoint ? 'hotspot__figure hotspot__figure--active' : 'hotspot__figure'}
      onClick={(event) => {
        const svg = (event.currentTarget as HTMLElement).querySelector<SVGSVGElement>('.hotspot__art svg');
        const point = svg && onPoint ? toViewBox(svg, event.clientX, event.clientY) : undefined;
        if (point) onPoint!(point);
      }}
    >
      <div class="hotspot__art">
        {/* Same viewBox as the symbol and the overlay, so a click converts to the figure's units. */}
        {/* The aspect ratio keeps the box its size while the browser skips drawing it off screen (global.css). */}
        <svg viewBox={figure.viewBox.join(' ')} style={{ aspectRatio: `${vw} / ${vh}` }} role="img" aria-label={figure.title} aria-describedby={figure.describedBy} focusable="false">
          <use href={`#${figure.symbol}`} />
        </svg>
      </div>
      <svg class="hotspot__overlay" viewBox={figure.viewBox.join(' ')} aria-hidden="true" focusable="false">
        {key && regionShape(key, 'hotspot__key')}
        {chosen && regionShape(chosen, 'hotspot__chosen')}
        {draft.x !== undefined && draft.y !== undefined && (
          <g class="hotspot__marker">
            <circle cx={draft.x} cy={draft.y} r={marker} />
            <path d={`M${draft.x - marker * 1.8},${draft.y}h${marker * 3.6}M${draft.x},${draft.y - marker * 1.8}v${marker * 3.6}`} />
          </g>
        )}
      </svg>
    </div>
  );
}

export const hotspotView: ItemView<'hotspot', Draft> = {
  empty: () => ({}),
  restore: (_, response) => (response.region !== undefined ? { region: response.region } : { x: response.x, y: response.y }),
  // A point on the figure needs the code; a region chosen from the list is a plain radio.
  fromForm: (_, form, idBase) => {
    const region = form.get(`${idBase}-region`);
    return typeof region === 'string' ? { region } : undefined;
  },
  response: (_, draft) =>
    draft.region !== undefined
      ? { region: draft.region }
      : draft.x !== undefined && draft.y !== undefined
        ? { x: draft.x, y: draft.y }
        : 'Mark a place on the figure or choose a region first.',
  grader: () => import('../grading/hotspot.ts').then((m) => m.gradeHotspot),
  Controls: ({ item, text, draft, setDraft, locked, grade, revealed, idBase, figure }) => {
    const showKey = revealed || (grade !== undefined && grade.verdict !== 'correct');
    return (
      <div class="hotspot">
        <p class="quiz__hint">Click the place on the figure, or choose a region from the list below.</p>
        <HotspotFigure
          figure={figure}
          draft={draft}
          onPoint={locked ? undefined : (point) => setDraft(point)}
          regions={item.regions}
          answer={showKey ? item.answer : undefined}
        />
        {draft.x !== undefined && (
          <p class="quiz__hint">
            You marked the figure at ({draft.x}, {draft.y}).
          </p>
        )}
        <ChoiceList
          kind="radio"
          name={`${idBase}-region`}
          legend="Or choose a region:"
          options={item.regions.map((r) => ({ id: r.id, text: r.label }))}
          text={text}
          selected={draft.region === undefined ? [] : [draft.region]}
          onSelect={(id) => setDraft({ region: id })}
          locked={locked}
          marks={optionMarks(grade, ['region'])}
        />
      </div>
    );
  },
};

export default function HotspotItem(props: QuizProps<'hotspot'>) {
  return <ItemFrame {...props} view={hotspotView} />;
}
