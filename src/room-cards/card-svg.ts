/**
 * One printable answer card as SVG, drawn at build time from the marker's bits (no canvas):
 * the marker in the middle (its black border and data cells as one path, edges crisp), a
 * white margin the camera needs, the four letters at the edges, each upright when its edge is
 * on top, and the card's number in a corner.
 */
import { cardBits } from './aruco.ts';
import { CARD_LETTERS } from './cards.ts';

/** The card is 100 units square; the marker's black square is 60, its white margin 7.5 (one cell). */
const CARD = 100;
const MARKER = 60;
const ORIGIN = (CARD - MARKER) / 2;

/** Where each letter sits and how it is turned, in the order of CARD_LETTERS: top, right, bottom, left. */
const letterPlaces: [x: number, y: number, turn: number][] = [
  [50, 7, 0],
  [93, 50, 90],
  [50, 93, 180],
  [7, 50, -90],
];

/** The black cells of the marker (border and data), one square sub-path each. */
function markerPath(card: number): string {
  const bits = cardBits(card);
  const cells = bits.length + 2;
  const cell = MARKER / cells;
  let d = '';
  for (let row = 0; row < cells; row++) {
    for (let col = 0; col < cells; col++) {
      const border = row === 0 || col === 0 || row === cells - 1 || col === cells - 1;
      if (border || bits[row - 1]![col - 1] === 0) d += `M${ORIGIN + col * cell} ${ORIGIN + row * cell}h${cell}v${cell}h-${cell}z`;
    }
  }
  return d;
}

export function cardSvg(card: number): string {
  const letters = CARD_LETTERS.map((letter, i) => {
    const [x, y, turn] = letterPlaces[i]!;
    return `<text x="${x}" y="${y}" transform="rotate(${turn} ${x} ${y})" class="answer-card__letter">${letter}</text>`;
  }).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD} ${CARD}" class="answer-card__svg" role="img" ` +
    `aria-label="Card ${card}: turn the letter of your answer to the top">` +
    `<rect width="${CARD}" height="${CARD}" fill="#fff"/>` +
    `<path d="${markerPath(card)}" fill="#000" shape-rendering="crispEdges"/>` +
    letters +
    `<text x="4" y="9" class="answer-card__number">${card}</text>` +
    `</svg>`
  );
}
