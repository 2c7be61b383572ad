/**
 * Projector mode for one item: the answer is revealed when the teacher asks (the item's own
 * "Reveal answer", or the projector through the reveal contract), with the reveal panel loaded
 * the first time projector mode is on. Leaving projector mode hides the answer again.
 */
import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import { onRevealRequest } from '../projector/reveal-contract.ts';
import { presentMode } from '../stores/mode.ts';
import type { RevealPanel as RevealPanelType } from './RevealPanel.tsx';

export type RevealPanelComponent = typeof RevealPanelType;
let revealPanel: Promise<RevealPanelComponent> | undefined;
const loadRevealPanel = () => (revealPanel ??= import('./RevealPanel.tsx').then((m) => m.RevealPanel));

export interface ProjectorReveal {
  revealed: boolean;
  /** The reveal panel, once loaded. */
  Panel: RevealPanelComponent | null;
  reveal(): void;
  hide(): void;
}

/** `onEnter` runs each time projector mode comes on (the item starts blank there). */
export function useProjectorReveal(root: MutableRef<HTMLElement | null>, present: boolean, onEnter: () => void): ProjectorReveal {
  const [revealed, setRevealed] = useState(false);
  const [Panel, setPanel] = useState<RevealPanelComponent | null>(null);

  // Marks the item ready, and takes a reveal asked for before it was.
  useEffect(() => {
    if (!root.current) return;
    return onRevealRequest(root.current, () => {
      if (presentMode.get()) setRevealed(true);
    });
  }, []);

  // Entering projector mode keeps a reveal that arrived first; leaving it hides the answer. Only a
  // real leaving: an island hydrated in projector mode renders its first frame as the server did
  // (not present), and a reveal asked for before it was ready must survive that frame.
  const wasPresent = useRef(false);
  useEffect(() => {
    if (present) {
      onEnter();
      void loadRevealPanel().then((component) => setPanel(() => component));
    } else if (wasPresent.current) setRevealed(false);
    wasPresent.current = present;
  }, [present]);

  return { revealed, Panel, reveal: () => setRevealed(true), hide: () => setRevealed(false) };
}
