// src/lms/scorm.ts: findAPI over parent and opener windows, and a session that logs what the LMS refuses.
import { describe, expect, it } from 'vitest';
import { ScormConnection, ScormReporter, findApi } from '../../../src/lms/scorm.ts';
import { interactionOf } from '../../../src/lms/report.ts';

/** An LMS API that keeps what it is given and refuses one element with error 405. */
function fakeApi(refuse?: string) {
  const values = new Map<string, string>();
  let last = '0';
  const calls: string[] = [];
  const api = {
    Initialize: () => (calls.push('Initialize'), 'true'),
    Terminate: () => (calls.push('Terminate'), 'true'),
    Commit: () => (calls.push('Commit'), 'true'),
    GetValue: (element: string) => {
      last = values.has(element) || element.endsWith('._count') ? '0' : '403';
      if (element === 'cmi.interactions._count') return String(new Set([...values.keys()].filter((k) => k.startsWith('cmi.interactions.')).map((k) => k.split('.')[2])).size);
      return values.get(element) ?? '';
    },
    SetValue: (element: string, value: string) => {
      if (element === refuse) {
        last = '405';
        return 'false';
      }
      last = '0';
      values.set(element, value);
      return 'true';
    },
    GetLastError: () => last,
    GetErrorString: (code: string) => (code === '405' ? 'Incorrect Data Type' : ''),
  };
  return { api, values, calls };
}

type FakeWindow = { parent: FakeWindow; opener?: FakeWindow | null; [name: string]: unknown };
function windowChain(depth: number, at: number, api: object, name = 'API_1484_11'): FakeWindow {
  const top: FakeWindow = { parent: undefined as unknown as FakeWindow };
  top.parent = top;
  let current = top;
  if (at === 0) top[name] = api;
  for (let i = 1; i <= depth; i++) {
    const child: FakeWindow = { parent: current };
    if (i === at) child[name] = api;
    current = child;
  }
  return current;
}

describe('findApi', () => {
  it('finds the API in this window or a parent, as SCORM findAPI does', () => {
    const { api } = fakeApi();
    expect(findApi(windowChain(3, 0, api) as unknown as Window, '2004')).toBe(api);
    expect(findApi(windowChain(0, 0, api, 'API') as unknown as Window, '1.2')).toBe(api);
    // The 1.2 API does not answer for 2004.
    expect(findApi(windowChain(2, 0, api, 'API') as unknown as Window, '2004')).toBeUndefined();
    // More than 7 levels up is out of reach, as in ADL's findAPI.
    expect(findApi(windowChain(9, 0, api) as unknown as Window, '2004')).toBeUndefined();
  });

  it("looks in the opener's frames when the parents have none", () => {
    const { api } = fakeApi();
    const popup = windowChain(0, -1, api);
    popup.opener = windowChain(2, 0, api);
    expect(findApi(popup as unknown as Window, '2004')).toBe(api);
  });

  it('passes over a frame of another origin', () => {
    const { api } = fakeApi();
    const top: FakeWindow = { parent: undefined as unknown as FakeWindow, API_1484_11: api };
    top.parent = top;
    const foreign = new Proxy({ parent: top } as FakeWindow, {
      get: (target, key) => {
        if (key === 'parent') return target.parent;
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const child = { parent: foreign } as FakeWindow;
    expect(findApi(child as unknown as Window, '2004')).toBe(api);
  });
});

describe('ScormConnection', () => {
  it('logs a refused value with the runtime code and text, and goes on with the rest', () => {
    const { api, values, calls } = fakeApi('cmi.interactions.0.latency');
    const logged: string[] = [];
    const connection = new ScormConnection(api, '2004', (m) => logged.push(m));
    expect(connection.initialize()).toBe(true);
    expect(connection.initialize()).toBe(true);
    const reporter = new ScormReporter(connection);
    const attempt = { item: { id: 'gen-x', type: 'single' as const }, response: { choice: 'b' }, grade: { score: 1, verdict: 'correct' as const }, latencyMs: 1500 };
    reporter.interaction(interactionOf(attempt, new Date('2026-12-01T10:00:00.000Z')));
    expect(logged).toEqual(['LMS refused SetValue(cmi.interactions.0.latency): error 405 Incorrect Data Type']);
    expect(connection.errors).toEqual([{ call: 'SetValue', element: 'cmi.interactions.0.latency', code: '405', message: 'Incorrect Data Type' }]);
    expect(values.get('cmi.interactions.0.result')).toBe('correct');
    expect(values.get('cmi.interactions.0.learner_response')).toBe('b');
    reporter.finish(65_000);
    expect(values.get('cmi.session_time')).toBe('PT1M5S');
    expect(values.get('cmi.exit')).toBe('suspend');
    // One Initialize, one Terminate, however often asked.
    connection.terminate();
    expect(calls.filter((c) => c === 'Initialize' || c === 'Terminate')).toEqual(['Initialize', 'Terminate']);
  });

  it('writes the SCORM 1.2 names', () => {
    const { api: a2004 } = fakeApi();
    const api = { LMSInitialize: a2004.Initialize, LMSFinish: a2004.Terminate, LMSCommit: a2004.Commit, LMSGetValue: a2004.GetValue, LMSSetValue: a2004.SetValue, LMSGetLastError: a2004.GetLastError, LMSGetErrorString: a2004.GetErrorString };
    const connection = new ScormConnection(api, '1.2', () => undefined);
    connection.initialize();
    const reporter = new ScormReporter(connection);
    reporter.status({ scaled: 0.85, answered: 65, total: 65, lessonsVisited: 4, lessons: 4, completed: true, passed: true });
    expect(connection.get('cmi.core.lesson_status')).toBe('passed');
    expect(connection.get('cmi.core.score.raw')).toBe('85');
    reporter.status({ scaled: 0.5, answered: 65, total: 65, lessonsVisited: 4, lessons: 4, completed: true, passed: false });
    expect(connection.get('cmi.core.lesson_status')).toBe('failed');
    reporter.status({ scaled: 0.9, answered: 3, total: 65, lessonsVisited: 1, lessons: 4, completed: false, passed: true });
    expect(connection.get('cmi.core.lesson_status')).toBe('incomplete');
  });
});
