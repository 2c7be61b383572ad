/** Reading an SVG figure's source as text (content validation and the figure sprites both need it). */

/** The root <svg>'s viewBox as x, y, width, height, or undefined when it has none (or not four numbers). */
export function viewBoxOf(svg: string): [number, number, number, number] | undefined {
  const match = /<svg\b[^>]*\bviewBox\s*=\s*["']([^"']+)["']/i.exec(svg);
  const numbers = match?.[1]!.trim().split(/[\s,]+/).map(Number);
  return numbers && numbers.length === 4 && numbers.every(Number.isFinite)
    ? (numbers as [number, number, number, number])
    : undefined;
}
