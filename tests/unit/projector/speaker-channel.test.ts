import { afterEach, describe, expect, it } from 'vitest';
import { channelName, isSpeakerMessage, openSpeakerChannel, type SpeakerMessage } from '../../../src/projector/speaker-channel.ts';

describe('the speaker channel messages', () => {
  const good: SpeakerMessage[] = [
    { type: 'hello' },
    { type: 'bye' },
    { type: 'ask', action: 'next' },
    { type: 'ask', action: 'reveal' },
    { type: 'position', step: 2, part: 0, parts: 1, blanked: false },
    { type: 'position', step: 0, part: 1, parts: 3, blanked: true, onScreen: [1, 2, 5] },
    { type: 'position', step: 0, part: 0, parts: 1, blanked: false, startedAt: 1_790_000_000_000 },
    { type: 'ask', action: 'zoom' },
    { type: 'ask', action: 'spotlight' },
  ];

  it('accepts every message of the protocol', () => {
    for (const message of good) expect(isSpeakerMessage(message), JSON.stringify(message)).toBe(true);
  });

  it('survives structured cloning (what BroadcastChannel does) unchanged', () => {
    for (const message of good) expect(isSpeakerMessage(structuredClone(message))).toBe(true);
  });

  it('turns away the old one-letter format, other tabs own messages and broken ones', () => {
    const bad: unknown[] = [
      null,
      'next',
      42,
      { t: 'state', i: 2, p: 0, n: 1, b: false },
      { t: 'do', a: 'next' },
      { type: 'ask', action: 'dance' },
      { type: 'ask' },
      { type: 'position', step: 1, part: 0, parts: 1 },
      { type: 'position', step: -1, part: 0, parts: 1, blanked: false },
      { type: 'position', step: 1.5, part: 0, parts: 1, blanked: false },
      { type: 'position', step: 1, part: 0, parts: 0, blanked: false },
      { type: 'position', step: 1, part: 0, parts: 2, blanked: 'no' },
      { type: 'position', step: 1, part: 0, parts: 2, blanked: false, onScreen: [1, 'x'] },
      { type: 'position', step: 1, part: 0, parts: 2, blanked: false, onScreen: 3 },
      { type: 'position', step: 1, part: 0, parts: 2, blanked: false, startedAt: 'yesterday' },
      { type: 'position', step: 1, part: 0, parts: 2, blanked: false, startedAt: -5 },
      { type: 'state' },
    ];
    for (const message of bad) expect(isSpeakerMessage(message), JSON.stringify(message)).toBe(false);
  });

  it('is named per lesson, so two lessons presented at once do not mix', () => {
    expect(channelName('the-case')).toBe('wfbb-projector:the-case');
    expect(channelName('genetics')).not.toBe(channelName('the-case'));
  });
});

describe('openSpeakerChannel', () => {
  const opened: { close(): void }[] = [];
  afterEach(() => {
    for (const c of opened.splice(0)) c.close();
  });

  it('hands on well-formed messages from another window of the lesson and drops the rest', async () => {
    const speaker = openSpeakerChannel('deck-test');
    expect(speaker).toBeDefined();
    opened.push(speaker!);
    const received: SpeakerMessage[] = [];
    speaker!.listen((message) => received.push(message));
    const projector = new BroadcastChannel(channelName('deck-test'));
    opened.push(projector);
    projector.postMessage({ t: 'state', i: 1, p: 0, n: 1, b: false });
    projector.postMessage({ type: 'position', step: 1, part: 0, parts: 2, blanked: false, onScreen: [1] });
    projector.postMessage({ type: 'bye' });
    await expect.poll(() => received.length).toBe(2);
    expect(received).toEqual([{ type: 'position', step: 1, part: 0, parts: 2, blanked: false, onScreen: [1] }, { type: 'bye' }]);
  });

  it('posts to the other windows of the lesson', async () => {
    const projector = openSpeakerChannel('deck-test-2')!;
    opened.push(projector);
    const speaker = new BroadcastChannel(channelName('deck-test-2'));
    opened.push(speaker);
    const heard: unknown[] = [];
    speaker.onmessage = ({ data }) => heard.push(data);
    projector.post({ type: 'ask', action: 'blank' });
    await expect.poll(() => heard).toEqual([{ type: 'ask', action: 'blank' }]);
  });
});
