// The coming review dates as an iCalendar file (src/islands/review-calendar.ts), read back by a
// small RFC 5545 parser written here: CRLF line ends, lines of at most 75 octets, unfolding,
// one VEVENT per coming day with UID, DTSTAMP, DTSTART.
import { describe, expect, it } from 'vitest';
import { foldLine, icsText, reviewCalendar } from '../../../src/islands/review-calendar.ts';
import type { ItemProgress, Progress } from '../../../src/stores/progress-format.ts';

/** Parses iCalendar text into components with their properties (name → unescaped value), checking the line rules. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n'), 'the file ends with CRLF').toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line.includes('\n') || line.includes('\r'), `bare LF or CR in ${JSON.stringify(line)}`).toBe(false);
    expect(Buffer.byteLength(line), `over 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
  // Unfold: a line starting with a space or tab continues the previous one.
  const logical: string[] = [];
  for (const line of physical) {
    if (/^[ \t]/.test(line)) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  type Component = { name: string; props: Record<string, string>; children: Component[] };
  const root: Component = { name: '', props: {}, children: [] };
  const stack = [root];
  for (const line of logical) {
    const match = /^([A-Z-]+)(;[^:]*)?:(.*)$/.exec(line);
    expect(match, `not a content line: ${line}`).not.toBeNull();
    const [, name, , value] = match!;
    if (name === 'BEGIN') {
      const child: Component = { name: value!, props: {}, children: [] };
      stack[stack.length - 1]!.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(stack.pop()!.name, 'END matches BEGIN').toBe(value);
    } else stack[stack.length - 1]!.props[name!] = unescape(value!);
  }
  expect(stack).toHaveLength(1);
  return root.children;
}

const entry = (due: string | undefined): ItemProgress =>
  ({
    lastResponse: {},
    lastGrade: { score: 1, verdict: 'correct' },
    bestGrade: { score: 1, verdict: 'correct' },
    attempts: 1,
    updatedAt: '2026-12-01T08:00:00.000Z',
    lesson: 'the-case',
    ...(due ? { schedule: { due } } : {}),
  }) as ItemProgress;
const now = new Date('2026-12-02T12:00:00.000Z');
const options = { reviewUrl: 'https://example.org/teach/poh/review/', name: 'When Flesh Becomes Bone' };

describe('reviewCalendar', () => {
  it('writes one event per coming day, valid RFC 5545', () => {
    const saved: Progress = {
      version: 2,
      items: {
        a: entry('2026-12-03T09:00:00.000Z'),
        b: entry('2026-12-03T10:30:00.000Z'),
        c: entry('2026-12-10T09:00:00.000Z'),
        past: entry('2026-11-30T09:00:00.000Z'),
        never: entry(undefined),
      },
    };
    const text = reviewCalendar(saved, now, options)!;
    const [calendar, ...rest] = parseIcs(text);
    expect(rest).toEqual([]);
    expect(calendar!.name).toBe('VCALENDAR');
    expect(calendar!.props.VERSION).toBe('2.0');
    expect(calendar!.props.PRODID).toBeTruthy();
    const events = calendar!.children.filter((c) => c.name === 'VEVENT');
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.props.DTSTART)).toEqual(['20261203T090000Z', '20261210T090000Z']);
    for (const event of events) {
      expect(event.props.UID).toMatch(/^review-\d{4}-\d{2}-\d{2}@when-flesh-becomes-bone$/);
      expect(event.props.DTSTAMP).toBe('20261202T120000Z');
      expect(event.props.DURATION).toBe('PT15M');
      expect(event.props.URL).toBe(options.reviewUrl);
    }
    expect(new Set(events.map((e) => e.props.UID)).size).toBe(2);
    expect(events[0]!.props.SUMMARY).toBe('Review 2 questions: When Flesh Becomes Bone');
    expect(events[1]!.props.SUMMARY).toBe('Review 1 question: When Flesh Becomes Bone');
    // The description is longer than one line: folded, and whole again once unfolded.
    expect(events[0]!.props.DESCRIPTION).toBe(`2 questions from When Flesh Becomes Bone fall due for review. Open the review page: ${options.reviewUrl}`);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('writes nothing when nothing is scheduled after now', () => {
    expect(reviewCalendar({ version: 2, items: { past: entry('2026-11-30T09:00:00.000Z') } }, now, options)).toBeUndefined();
  });
});

describe('foldLine and icsText', () => {
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(icsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
