/**
 * The coming review dates as an iCalendar file (RFC 5545), so a learner's own calendar can
 * remind them with no server: one event per day on which items fall due, at the first due time
 * that day, fifteen minutes long. Lines end in CRLF and are folded at 75 octets; every event has
 * a UID (stable per day, so importing again updates rather than duplicates) and a DTSTAMP.
 */
import type { Progress } from '../stores/progress-format.ts';
import { comingDays } from './review-queue.ts';

/** "20261202T094500Z". */
export const icsTime = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export const icsText = (text: string): string => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** One content line folded at 75 octets (RFC 5545 3.1): continuation lines start with a space; a UTF-8 sequence is never split. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface CalendarOptions {
  /** The review page's full address, put in each event. */
  reviewUrl: string;
  /** The module's name, in each event's summary. */
  name: string;
}

/** The calendar of coming review days; undefined when nothing is scheduled after now. */
export function reviewCalendar(progress: Progress, now: Date, { reviewUrl, name }: CalendarOptions): string | undefined {
  const days = comingDays(progress, now);
  if (days.length === 0) return undefined;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${icsText(name)}//Review dates//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const { day, first, count } of days) {
    const what = `${count} question${count === 1 ? '' : 's'}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:review-${day}@when-flesh-becomes-bone`,
      `DTSTAMP:${icsTime(now)}`,
      `DTSTART:${icsTime(first)}`,
      'DURATION:PT15M',
      `SUMMARY:${icsText(`Review ${what}: ${name}`)}`,
      `DESCRIPTION:${icsText(`${what} from ${name} fall due for review. Open the review page: ${reviewUrl}`)}`,
      `URL:${reviewUrl}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
