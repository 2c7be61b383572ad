/**
 * The speaker view and the projector window of one lesson talk over a BroadcastChannel: the
 * projector says where it is; the speaker view says hello (tell me where you are) and asks the
 * projector to act. Every tab of the site can post on the channel, including one still running
 * an older version of this code, so what arrives is checked before it is used.
 */
import { projectorActions, type ProjectorAction } from './keys.ts';

/** Projector → speaker view: the screen the room sees. */
export interface PositionMessage {
  type: 'position';
  step: number;
  part: number;
  parts: number;
  blanked: boolean;
  /** For a step split over screens: the indexes of the step's own children shown now. */
  onScreen?: number[];
  /** When projector mode started in that window (ms since the epoch): the speaker view's pacing counts from it. */
  startedAt?: number;
}

export type SpeakerMessage =
  | PositionMessage
  /** Speaker view → projector: say where you are. */
  | { type: 'hello' }
  /** Projector → speaker view: projector mode is off in that window (or it closed). */
  | { type: 'bye' }
  /** Speaker view → projector: do this (the speaker view's keys and buttons drive the projector). */
  | { type: 'ask'; action: ProjectorAction };

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** True when `data` is a message of this protocol, whole. */
export function isSpeakerMessage(data: unknown): data is SpeakerMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
    case 'bye':
      return true;
    case 'ask':
      return projectorActions.includes(m.action as ProjectorAction);
    case 'position':
      return (
        isCount(m.step) &&
        isCount(m.part) &&
        isCount(m.parts) &&
        (m.parts as number) >= 1 &&
        typeof m.blanked === 'boolean' &&
        (m.onScreen === undefined || (Array.isArray(m.onScreen) && m.onScreen.every(isCount))) &&
        (m.startedAt === undefined || (Number.isFinite(m.startedAt) && (m.startedAt as number) > 0))
      );
    default:
      return false;
  }
}

export interface SpeakerChannel {
  post(message: SpeakerMessage): void;
  /** Calls `handle` with each well-formed message from the other windows of this lesson. */
  listen(handle: (message: SpeakerMessage) => void): void;
  close(): void;
}

export const channelName = (lesson: string): string => `wfbb-projector:${lesson}`;

/** The lesson's channel, or undefined where the browser has no BroadcastChannel (the projector works alone). */
export function openSpeakerChannel(lesson: string): SpeakerChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(channelName(lesson));
  return {
    post: (message) => channel.postMessage(message),
    listen: (handle) => {
      channel.onmessage = ({ data }: MessageEvent<unknown>) => {
        if (isSpeakerMessage(data)) handle(data);
      };
    },
    close: () => channel.close(),
  };
}
