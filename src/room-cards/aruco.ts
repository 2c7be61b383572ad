/**
 * The one door to js-aruco2 (unmaintained since 2021): everything else in the room speaks
 * ./cards.ts. Swapping the detector means rewriting this file only. The browser loads it on
 * demand (the scanner), the build uses it for the printed cards.
 *
 * The library is neither CommonJS nor ESM: two scripts that hang `CV` and `AR` on their `this`
 * (and fall back to `require('./cv')`). Bundlers read such a file as an ES module, where `this`
 * is undefined, so it breaks. Its two files are taken as text instead and run once here, each
 * with `this` bound to one private object: no globals, and the same code in Node and the browser.
 */
import cvSource from 'js-aruco2/src/cv.js?raw';
import arucoSource from 'js-aruco2/src/aruco.js?raw';
import type { ArucoLibrary } from 'js-aruco2';
import { CARD_DICTIONARY, markerOfCard, readCards, type CardAnswer } from './cards.ts';

/** An RGBA frame: a canvas ImageData or anything shaped like one. */
export interface Frame {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

function loadLibrary(): ArucoLibrary {
  const scope: Partial<ArucoLibrary> = {};
  new Function(cvSource).call(scope);
  new Function('require', arucoSource).call(scope, (name: string) => {
    throw new Error(`js-aruco2 asked for ${name}; ./cv.js should have been loaded first.`);
  });
  if (!scope.AR?.Detector || !scope.AR.Dictionary) throw new Error('js-aruco2 did not define AR.Detector and AR.Dictionary: has the library changed?');
  return scope as ArucoLibrary;
}

const { AR } = loadLibrary();
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
