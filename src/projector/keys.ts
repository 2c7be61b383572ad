/**
 * Projector mode's keys, and the guards that leave a key to whatever the teacher is using:
 * never while typing in a field, nor Space/Enter on something they activate, nor with Ctrl,
 * Alt or Meta (those are the browser's). The loader (./loader.ts) uses the same guards for `p`.
 */

export type ProjectorAction =
  | 'next' | 'prev' | 'first' | 'last' | 'blank' | 'reveal' | 'full' | 'speaker' | 'exit'
  /** The figure in view: zoom it (or, zoomed, back to normal), in, out; spotlight its next region. */
  | 'zoom' | 'zoom-in' | 'zoom-out' | 'unzoom' | 'spotlight';

/** Every action, for checking what arrives over the speaker channel. */
export const projectorActions: readonly ProjectorAction[] = [
  'next', 'prev', 'first', 'last', 'blank', 'reveal', 'full', 'speaker', 'exit', 'zoom', 'zoom-in', 'zoom-out', 'unzoom', 'spotlight',
];

/** Where keys belong to the control: typing, choosing, sliding. */
export const FIELD =
  'input,select,textarea,[contenteditable]:not([contenteditable="false"]),[role=textbox],[role=combobox],[role=listbox],[role=slider],[role=spinbutton],[role=radio],[role=menuitem]';
/** What Space and Enter activate. */
export const ACTIVATES = 'button,summary,a[href],[role=button],[role=link],[role=checkbox],[role=switch],[role=tab],[role=option]';

const actionOfKey: Readonly<Record<string, ProjectorAction>> = {
  ArrowRight: 'next', ArrowDown: 'next', PageDown: 'next', ' ': 'next',
  ArrowLeft: 'prev', ArrowUp: 'prev', PageUp: 'prev',
  Home: 'first', End: 'last', Escape: 'exit',
  b: 'blank', '.': 'blank', r: 'reveal', f: 'full', s: 'speaker', p: 'exit',
  z: 'zoom', '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'unzoom', l: 'spotlight',
};

/** While a figure is zoomed the arrow keys move it (a clicker's PageUp/PageDown still step); Esc unzooms. */
const panOfKey: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1],
};

/** The parts of a KeyboardEvent the guards read. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey' | 'defaultPrevented' | 'isComposing' | 'target'>;

const closest = (target: EventTarget | null, selector: string): boolean =>
  !!target && typeof (target as Element).closest === 'function' && (target as Element).closest(selector) !== null;

/** Letters compare in lower case (Caps Lock), named keys as they are. */
const keyName = (key: string) => (key.length === 1 ? key.toLowerCase() : key);

/** A key the page may take: not claimed already, not mid-composition, no Ctrl/Alt/Meta. */
export const isPlainKey = (event: KeyPress): boolean =>
  !event.defaultPrevented && !event.isComposing && !event.ctrlKey && !event.altKey && !event.metaKey;

/** The key press lands in a field, which keeps its keys. */
export const isInField = (event: KeyPress): boolean => closest(event.target, FIELD);

/** `p` (no modifier, not in a field): turns projector mode on. */
export const isProjectorKey = (event: KeyPress): boolean =>
  isPlainKey(event) && !event.shiftKey && keyName(event.key) === 'p' && !isInField(event);

/** What a key asks projector mode to do, or undefined when the key is not projector mode's. */
export function actionForKey(event: KeyPress, speaker: boolean): ProjectorAction | undefined {
  if (!isPlainKey(event) || isInField(event)) return undefined;
  const key = keyName(event.key);
  if ((key === ' ' || key === 'Enter') && closest(event.target, ACTIVATES)) return undefined;
  const action = key === ' ' && event.shiftKey ? 'prev' : actionOfKey[key];
  // The speaker view is not the projector: it neither leaves projector mode nor opens another speaker view.
  if (speaker && (action === 'exit' || action === 'speaker')) return undefined;
  return action;
}

/**
 * While zoomed: the direction an arrow key moves the figure (as a share of its frame: the
 * picture follows the arrow's opposite, like moving the viewer's window), or 'unzoom' for Esc.
 */
export function zoomedKey(event: KeyPress): [number, number] | 'unzoom' | undefined {
  if (!isPlainKey(event) || isInField(event)) return undefined;
  if (event.key === 'Escape') return 'unzoom';
  return panOfKey[event.key];
}
