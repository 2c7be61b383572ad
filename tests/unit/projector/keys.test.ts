import { describe, expect, it } from 'vitest';
import { actionForKey, isProjectorKey, zoomedKey, type KeyPress } from '../../../src/projector/keys.ts';

/** A focused element, as far as the guards see it: which selectors it sits inside. */
const focusedIn = (...selectors: string[]) => ({ closest: (selector: string) => (selectors.some((s) => selector.split(',').includes(s)) ? {} : null) }) as unknown as EventTarget;
const heading = focusedIn();
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, defaultPrevented: false, isComposing: false, target: heading, ...extra,
});

describe('projector keys', () => {
  it('maps the presenter keys, letters in either case', () => {
    const map = Object.fromEntries(
      ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'ArrowLeft', 'ArrowUp', 'PageUp', 'Home', 'End', 'Escape', 'b', 'B', '.', 'r', 'f', 's', 'p', 'x', 'Enter'].map((k) => [k, actionForKey(press(k), false)]),
    );
    expect(map).toEqual({
      ArrowRight: 'next', ArrowDown: 'next', PageDown: 'next', ' ': 'next',
      ArrowLeft: 'prev', ArrowUp: 'prev', PageUp: 'prev',
      Home: 'first', End: 'last', Escape: 'exit',
      b: 'blank', B: 'blank', '.': 'blank', r: 'reveal', f: 'full', s: 'speaker', p: 'exit', x: undefined, Enter: undefined,
    });
    expect(actionForKey(press(' ', { shiftKey: true }), false)).toBe('prev');
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser, and keys already taken or mid-composition', () => {
    for (const extra of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }, { defaultPrevented: true }, { isComposing: true }]) {
      expect(actionForKey(press('ArrowRight', extra), false), JSON.stringify(extra)).toBeUndefined();
      expect(isProjectorKey(press('p', extra)), JSON.stringify(extra)).toBe(false);
    }
  });

  it('leaves every key to a field, and Space to what it activates', () => {
    for (const field of ['input', 'textarea', 'select', '[role=radio]', '[role=slider]']) {
      expect(actionForKey(press('ArrowDown', { target: focusedIn(field) }), false), field).toBeUndefined();
      expect(isProjectorKey(press('p', { target: focusedIn(field) })), field).toBe(false);
    }
    expect(actionForKey(press(' ', { target: focusedIn('button') }), false)).toBeUndefined();
    expect(actionForKey(press('ArrowRight', { target: focusedIn('button') }), false), 'arrows still move from a button').toBe('next');
  });

  it('p (not P with Shift) turns projector mode on', () => {
    expect([isProjectorKey(press('p')), isProjectorKey(press('P')), isProjectorKey(press('P', { shiftKey: true })), isProjectorKey(press('o'))]).toEqual([true, true, false, false]);
    expect(isProjectorKey(press('p', { target: null })), 'on the page itself').toBe(true);
  });

  it('the speaker view neither leaves projector mode nor opens another speaker view', () => {
    expect(['Escape', 'p', 's', 'ArrowRight', 'b', 'r'].map((k) => actionForKey(press(k), true))).toEqual([undefined, undefined, undefined, 'next', 'blank', 'reveal']);
  });
});

describe('zoom and spotlight keys', () => {
  it('z zooms, + and = zoom in, - zooms out, 0 unzooms, l spotlights; the presenter keys are unchanged', () => {
    const map = Object.fromEntries(['z', 'Z', '+', '=', '-', '0', 'l', 'L', 'PageDown', 'PageUp', '.'].map((k) => [k, actionForKey(press(k), false)]));
    expect(map).toEqual({ z: 'zoom', Z: 'zoom', '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'unzoom', l: 'spotlight', L: 'spotlight', PageDown: 'next', PageUp: 'prev', '.': 'blank' });
  });

  it('while zoomed, arrows move the figure and Esc unzooms; PageDown, PageUp and Space are left to step', () => {
    expect(zoomedKey(press('ArrowLeft'))).toEqual([1, 0]);
    expect(zoomedKey(press('ArrowRight'))).toEqual([-1, 0]);
    expect(zoomedKey(press('ArrowUp'))).toEqual([0, 1]);
    expect(zoomedKey(press('ArrowDown'))).toEqual([0, -1]);
    expect(zoomedKey(press('Escape'))).toBe('unzoom');
    for (const key of ['PageDown', 'PageUp', ' ', 'b', 'z']) expect(zoomedKey(press(key)), key).toBeUndefined();
    expect(zoomedKey(press('ArrowLeft', { ctrlKey: true }))).toBeUndefined();
    expect(zoomedKey(press('ArrowLeft', { target: focusedIn('input') }))).toBeUndefined();
  });
});
