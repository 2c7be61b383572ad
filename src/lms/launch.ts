/**
 * The launch page of an LMS package (launch.html, the SCO / AU the manifest names). It finds
 * the LMS (SCORM API or cmi5 launch parameters), starts the one session, then frames the
 * module's home page. Bundled at package time only (scripts/lms/): the web build and the
 * portable copy ship none of it.
 */
import { Cmi5Client, cmi5Launch } from './cmi5.ts';
import type { ModuleFacts } from './report.ts';
import { ScormConnection, ScormReporter, findApi } from './scorm.ts';
import { LmsSession, type Reporter } from './session.ts';

export interface LmsConfig {
  standard: 'scorm12' | 'scorm2004' | 'cmi5';
  facts: ModuleFacts;
  /** The page the frame opens first (the module's home). */
  home: string;
}

function scormReporter(version: '1.2' | '2004'): Reporter | undefined {
  const api = findApi(window, version);
  if (!api) return undefined;
  const connection = new ScormConnection(api, version);
  if (!connection.initialize()) return undefined;
  const scorm = new ScormReporter(connection);
  const names = version === '1.2' ? { mastery: 'cmi.student_data.mastery_score', scale: 100 } : { mastery: 'cmi.scaled_passing_score', scale: 1 };
  return {
    savedText: () => scorm.suspendData(),
    masteryScore: () => {
      const value = Number.parseFloat(connection.get(names.mastery));
      return Number.isFinite(value) ? value / names.scale : undefined;
    },
    saveState: (text) => scorm.saveState(text),
    interaction: (interaction) => scorm.interaction(interaction),
    status: (summary) => scorm.status(summary),
    commit: () => scorm.commit(),
    finish: (sessionMs) => scorm.finish(sessionMs),
  };
}

async function cmi5Reporter(): Promise<Reporter | undefined> {
  const launch = cmi5Launch(location.search);
  if (!launch) return undefined;
  const client = new Cmi5Client(launch);
  if (!(await client.start())) return undefined;
  return {
    savedText: () => client.savedText,
    masteryScore: () => client.masteryScore,
    saveState: (text) => client.saveState(text),
    interaction: (interaction, score) => client.answered(interaction, score, `${interaction.itemType} item ${interaction.id}`),
    status: (summary, sessionMs) => client.status(summary, sessionMs),
    commit: () => undefined,
    finish: (sessionMs) => void client.terminate(sessionMs),
  };
}

async function main() {
  const config = JSON.parse(document.getElementById('wfbb-lms-config')?.textContent ?? '{}') as LmsConfig;
  const reporter = config.standard === 'cmi5' ? await cmi5Reporter() : scormReporter(config.standard === 'scorm12' ? '1.2' : '2004');
  if (!reporter) {
    // Said once, here; the module works as it does anywhere, with progress in this browser.
    const note = document.getElementById('lms-note');
    const text = `No LMS connection was found (${config.standard === 'cmi5' ? 'no cmi5 launch parameters or no answer from the LMS' : 'no SCORM API in the frames around this page'}): your answers are kept in this browser only.`;
    console.warn(text);
    if (note) {
      note.textContent = text;
      note.hidden = false;
    }
  }
  const session = new LmsSession(config.facts, reporter);
  (window as unknown as { __wfbbLms: LmsSession }).__wfbbLms = session;
  await session.ready;
  addEventListener('pagehide', () => session.end());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.flush();
  });
  const frame = document.getElementById('module') as HTMLIFrameElement | null;
  if (frame) frame.src = config.home;
}

void main();
