/**
 * Projector mode in the address: `?present&step=3&part=2` (the projector) or `?speaker&step=3`
 * (the speaker view), steps and parts counted from 1 as a teacher says them. A reload or a
 * shared link comes back to the same screen; other query parameters are kept.
 */

export type ProjectorView = 'present' | 'speaker';

/**
 * `?present` or `?speaker`, with or without a value: the check the lesson page runs inline
 * before first paint (it is handed its `.source`) to set `<html data-mode="present">`.
 */
export const PROJECTOR_QUERY = /[?&](present|speaker)(=|&|$)/;

export interface ProjectorAddress {
  view: ProjectorView;
  /** From 0; undefined when the address names no step. */
  step: number | undefined;
  /** From 0. */
  part: number;
}

/** A count from 1 in the address, as an index from 0 (undefined unless a whole number >= 1). */
function indexOf(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n - 1 : undefined;
}

export function readAddress(search: string): ProjectorAddress {
  const query = new URLSearchParams(search);
  return {
    view: query.has('speaker') ? 'speaker' : 'present',
    step: indexOf(query.get('step')),
    part: indexOf(query.get('part')) ?? 0,
  };
}

const ownKeys = ['present', 'speaker', 'step', 'part'];

/**
 * The query string for a position in projector mode (or, with `null`, for the lesson as a
 * document): `?present&step=3&part=2`, the first screen of a step without `part`.
 */
export function projectorSearch(search: string, at: { view: ProjectorView; step: number; part: number } | null): string {
  const rest = new URLSearchParams(search);
  for (const key of ownKeys) rest.delete(key);
  let out = at ? `?${at.view}&step=${at.step + 1}${at.part ? `&part=${at.part + 1}` : ''}` : '';
  if (`${rest}`) out += (out ? '&' : '?') + rest;
  return out;
}

/** Where the speaker view for a step opens. */
export const speakerAddress = (pathname: string, step: number): string => `${pathname}?speaker&step=${step + 1}`;
