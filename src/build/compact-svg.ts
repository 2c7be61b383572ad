/**
 * Fewer elements for the same drawing: a run of sibling <circle>s and <ellipse>s drawn alike
 * (same attributes apart from their geometry) becomes one <path> of arcs. The schematics
 * draw cells and nuclei as hundreds of small shapes; each element costs style and layout
 * (once per <use> of a figure), so a lesson with five copies of the biopsy paints much faster.
 * Only shapes that do not touch join a path, so paint order never matters and the drawing is
 * the same. Shapes with an id or a class, or a transform other than a rotation about their
 * own centre, are left as they are. Build time only.
 */
const run = /(?:<(?:circle|ellipse)\b[^>]*\/>\s*){2,}/g;
const element = /<(circle|ellipse)\b([^>]*)\/>/g;
const attribute = /([\w:-]+)\s*=\s*"([^"]*)"/g;

const num = (value: number): string => String(Math.round(value * 100) / 100);

interface Shape {
  source: string;
  /** Bounding box with room for the stroke: x0, y0, x1, y1. */
  box?: [number, number, number, number];
  /** Attributes other than geometry, in source order; undefined when the shape must stay as it is. */
  rest?: [string, string][];
  d?: string;
}

function parse(source: string, tag: string, attrs: string): Shape {
  const all = [...attrs.matchAll(attribute)].map(([, name, value]) => [name!, value!] as [string, string]);
  const get = (name: string) => all.find(([n]) => n === name)?.[1];
  // A dashed outline's dashes start where the shape's own path starts: leave those be.
  if (all.some(([name, value]) => name === 'id' || name === 'class' || /dasharray/.test(name) || /dasharray/.test(value))) return { source };
  const cx = Number(get('cx') ?? 0);
  const cy = Number(get('cy') ?? 0);
  const strokeWidth = Number(/stroke-width:\s*([\d.]+)/.exec(get('style') ?? '')?.[1] ?? get('stroke-width') ?? 1);
  const reach = (radius: number) => radius + strokeWidth / 2 + 1;
  let box: [number, number, number, number];
  let d: string;
  if (tag === 'circle') {
    const r = Number(get('r') ?? 0);
    if (!(r > 0) || get('transform') !== undefined) return { source };
    box = [cx - reach(r), cy - reach(r), cx + reach(r), cy + reach(r)];
    d = `M${num(cx - r)} ${num(cy)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0z`;
  } else {
    const rx = Number(get('rx') ?? 0);
    const ry = Number(get('ry') ?? 0);
    if (!(rx > 0 && ry > 0)) return { source };
    let angle = 0;
    const transform = get('transform');
    if (transform !== undefined) {
      const rotate = /^\s*rotate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+)[\s,]+(-?[\d.]+))?\s*\)\s*$/.exec(transform);
      if (!rotate || rotate[2] === undefined || Number(rotate[2]) !== cx || Number(rotate[3]) !== cy) return { source };
      angle = Number(rotate[1]);
    }
    const far = reach(Math.max(rx, ry));
    box = [cx - far, cy - far, cx + far, cy + far];
    const cos = Math.cos((angle * Math.PI) / 180);
    const sin = Math.sin((angle * Math.PI) / 180);
    const [px, py, qx, qy] = [cx + rx * cos, cy + rx * sin, cx - rx * cos, cy - rx * sin];
    const arc = `${num(rx)} ${num(ry)} ${num(angle)} 1 0`;
    d = `M${num(px)} ${num(py)}A${arc} ${num(qx)} ${num(qy)}A${arc} ${num(px)} ${num(py)}z`;
  }
  const geometry = new Set(['cx', 'cy', 'r', 'rx', 'ry', 'transform']);
  return { source, d, box, rest: all.filter(([name]) => !geometry.has(name)) };
}

const touches = (a: Shape, b: Shape) =>
  a.box![0] <= b.box![2] && b.box![0] <= a.box![2] && a.box![1] <= b.box![3] && b.box![1] <= a.box![3];

const keyOf = (rest: [string, string][]) => JSON.stringify([...rest].sort(([a], [b]) => a.localeCompare(b)));

/**
 * A group that only places shapes drawn about the origin (`translate(x, y) rotate(a)` around
 * <circle>s and <ellipse>s without their own centre) becomes those shapes placed themselves.
 */
const placedGroup = /<g transform="\s*translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)(?:\s*rotate\(\s*(-?[\d.]+)\s*\))?\s*">((?:\s*<(?:circle|ellipse)\b[^>]*\/>)+)\s*<\/g>/g;

function flattenPlacedGroups(svg: string): string {
  return svg.replace(placedGroup, (group, x: string, y: string, angle: string | undefined, children: string) => {
    const shapes = [...children.matchAll(element)];
    if (shapes.some(([, , attrs]) => /\b(cx|cy|transform|id|class)\s*=/.test(attrs!))) return group;
    const [cx, cy] = [Number(x), Number(y)];
    return shapes
      .map(([, tag, attrs]) => {
        const turn = tag === 'ellipse' && angle !== undefined && Number(angle) !== 0 ? ` transform="rotate(${Number(angle)} ${cx} ${cy})"` : '';
        return `<${tag} cx="${cx}" cy="${cy}"${turn}${attrs!.replace(/\s+$/, '')}/>`;
      })
      .join('');
  });
}

/**
 * Joins the shapes of a run into as few paths as painting order allows: a shape joins an earlier
 * path of its kind when it touches none of the shapes painted between that path and itself.
 */
export function compactSvg(svg: string): string {
  return flattenPlacedGroups(svg).replace(run, (text) => {
    const shapes = [...text.matchAll(element)].map(([source, tag, attrs]) => parse(source, tag!, attrs!));
    const groups: { key: string | undefined; shapes: Shape[] }[] = [];
    for (const shape of shapes) {
      const key = shape.rest ? keyOf(shape.rest) : undefined;
      let home: (typeof groups)[number] | undefined;
      for (let g = groups.length - 1; g >= 0; g--) {
        const group = groups[g]!;
        const clear = key !== undefined && group.shapes.every((other) => other.box !== undefined && !touches(other, shape));
        if (clear && group.key === key) {
          home = group;
          break;
        }
        if (!clear) break;
      }
      if (home) home.shapes.push(shape);
      else groups.push({ key, shapes: [shape] });
    }
    return groups
      .map(({ shapes: [first, ...others] }) => {
        if (others.length === 0) return first!.source;
        const attrs = first!.rest!.map(([name, value]) => ` ${name}="${value}"`).join('');
        return `<path d="${[first!, ...others].map((shape) => shape.d).join('')}"${attrs}/>`;
      })
      .join('\n');
  });
}

const startTag = /<([a-zA-Z][\w:-]*)(\s[^<>]*?)?(\/?)>/g;

/**
 * Each distinct inline style of a figure's content becomes one short class (`prefix` + a number), its rule
 * written once in a <style> after the content: the schematics repeat a few styles hundreds of
 * times, about 10 KB of HTML a figure. The rules reach the <use> clones as the inline styles did,
 * and nothing else on the page styles a figure's shapes. An element that already has a class
 * keeps its inline style: a figure's own rules (pedigree.svg) may be more specific than one class.
 * Run after svgo, whose prefixIds would rename these classes, and after compactSvg, which leaves
 * shapes with a class alone.
 */
export function stylesToClasses(content: string, prefix: string): string {
  const classes = new Map<string, string>();
  const styled = content.replace(startTag, (tag, name: string, attrs: string | undefined, selfClosing: string) => {
    const style = attrs && /\sstyle="([^"]*)"/.exec(attrs);
    if (!style || /\sclass="/.test(attrs)) return tag;
    let className = classes.get(style[1]!);
    if (!className) classes.set(style[1]!, (className = `${prefix}${classes.size.toString(36)}`));
    return `<${name}${attrs.replace(style[0], ` class="${className}"`)}${selfClosing}>`;
  });
  if (classes.size === 0) return content;
  // After the content: at equal specificity, as an inline style did, these rules come last.
  return `${styled}<style>${[...classes].map(([style, name]) => `.${name}{${style}}`).join('')}</style>`;
}
