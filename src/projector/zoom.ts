/**
 * Zoom for the figure in view, on @panzoom/panzoom (loaded with this module, only when a
 * teacher first zooms). A lesson figure zooms its drawing inside its own frame (the <svg>
 * clips it); a hotspot item zooms its drawing and its overlay together inside the item's
 * figure, so a click is still converted to the figure's units by the drawing's own screen
 * matrix (getScreenCTM includes the CSS transform) and lands on the region under the pointer.
 * No pointer binding: clicks stay the item's; keys, buttons and the wheel drive the zoom.
 */
import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';

export interface ZoomSession {
  readonly frame: HTMLElement | SVGSVGElement;
  /** The drawing's scale now (1 = as on the slide). */
  scale(): number;
  zoomBy(factor: number): void;
  /** Moves the view by a share of the frame ([1, 0] = one frame's width to the right... of the picture). */
  pan(dx: number, dy: number): void;
  end(): void;
}

/** The scale z goes to first; + and - multiply it by STEP, between 1 and MAX. */
export const FIRST_SCALE = 2;
export const STEP = 1.4;
export const MAX_SCALE = 8;

/** What zooms for this figure: the frame that clips, and what moves inside it. */
export function zoomParts(figure: Element): { frame: HTMLElement | SVGSVGElement; moving: (HTMLElement | SVGElement)[] } | undefined {
  if (figure.matches('.hotspot__figure')) {
    const moving = [...figure.querySelectorAll<HTMLElement | SVGElement>(':scope > .hotspot__art, :scope > .hotspot__overlay')];
    return moving.length ? { frame: figure as HTMLElement, moving } : undefined;
  }
  const art = figure.matches('svg') ? (figure as SVGSVGElement) : figure.querySelector<SVGSVGElement>('svg.figure__art');
  const use = art?.querySelector<SVGElement>(':scope > use');
  return art && use ? { frame: art, moving: [use] } : undefined;
}

export function startZoom(figure: Element, reducedMotion: boolean): ZoomSession | undefined {
  const parts = zoomParts(figure);
  if (!parts) return undefined;
  const { frame, moving } = parts;
  const options = { noBind: true, animate: !reducedMotion, duration: 180, minScale: 1, maxScale: MAX_SCALE, cursor: '' };
  const zooms: PanzoomObject[] = moving.map((el) => Panzoom(el, options));
  frame.setAttribute('data-pp-zoom-frame', '');
  const centre = () => {
    const r = frame.getBoundingClientRect();
    return { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
  };
  const zoomTo = (scale: number) => {
    const to = Math.max(1, Math.min(MAX_SCALE, scale));
    for (const z of zooms) z.zoomToPoint(to, centre(), { animate: !reducedMotion });
  };
  const wheel = (event: WheelEvent) => {
    event.preventDefault();
    for (const z of zooms) z.zoomWithWheel(event);
  };
  frame.addEventListener('wheel', wheel as EventListener, { passive: false });
  zoomTo(FIRST_SCALE);
  return {
    frame,
    scale: () => zooms[0]!.getScale(),
    zoomBy: (factor) => zoomTo(zooms[0]!.getScale() * factor),
    pan(dx, dy) {
      const r = frame.getBoundingClientRect();
      // Panzoom's pan is in the element's unscaled units.
      for (const z of zooms) z.pan((dx * r.width * 0.25) / z.getScale(), (dy * r.height * 0.25) / z.getScale(), { relative: true, animate: !reducedMotion });
    },
    end() {
      frame.removeEventListener('wheel', wheel as EventListener);
      for (const z of zooms) {
        z.reset({ animate: false });
        z.destroy();
      }
      for (const el of moving) {
        (el as HTMLElement).style.transform = '';
        (el as HTMLElement).style.transformOrigin = '';
        (el as HTMLElement).style.cursor = '';
      }
      frame.removeAttribute('data-pp-zoom-frame');
      (frame as HTMLElement).style.overflow = '';
      (frame as HTMLElement).style.userSelect = '';
      (frame as HTMLElement).style.touchAction = '';
    },
  };
}
