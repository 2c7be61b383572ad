/**
 * The one door to js-aruco2 (CommonJS, unmaintained since 2021): everything else in the room
 * speaks ./cards.ts. Swapping the detector means rewriting this file only. The browser loads
 * it on demand (the scanner), the build uses it for the printed cards.
 */
import aruco from 'js-aruco2';
import { CARD_DICTIONARY, markerOfCard, readCards, type CardAnswer } from './cards.ts';

/** An RGBA frame: a canvas ImageData or anything shaped like one. */
export interface Frame {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

const { AR } = aruco;
let dictionary: InstanceType<typeof AR.Dictionary> | undefined;

/** The marker's data bits (6 × 6, 1 = white), row by row, as printed upright. */
export function cardBits(card: number): number[][] {
  dictionary ??= new AR.Dictionary(CARD_DICTIONARY);
  const code = dictionary.codeList[markerOfCard(card)]!;
  const side = Math.sqrt(code.length);
  return Array.from({ length: side }, (_, row) => [...code.slice(row * side, (row + 1) * side)].map(Number));
}

/** A reader of frames: each call gives the cards seen in that frame. */
export function createCardReader(): (frame: Frame) => CardAnswer[] {
  const detector = new AR.Detector({ dictionaryName: CARD_DICTIONARY });
  return (frame) => readCards(detector.detect(frame));
}
