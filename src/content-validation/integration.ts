/**
 * Astro integration: a broken answer key never reaches a learner. The content is checked when
 * Astro sets up its config (so for `astro build`, `astro dev` and `astro sync` alike) and any
 * problem stops the command with one error listing them all. In dev, later edits are re-checked
 * and reported in the terminal without stopping the server.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { validateContent } from './index.ts';

/** The error's text: a count, then one problem per line. */
export function contentProblemsMessage(problems: readonly string[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content check found ${count}:`, ...problems.map((problem) => `- ${problem}`)].join('\n');
}

export class ContentProblemsError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(contentProblemsMessage(problems));
    this.name = 'ContentProblemsError';
    this.problems = problems;
  }
}

const watched = /^(content|src[\\/]figures)[\\/]/;

export default function contentValidation(): AstroIntegration {
  let rootDir = '';
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        rootDir = fileURLToPath(config.root);
        const problems = validateContent(rootDir);
        if (problems.length > 0) throw new ContentProblemsError(problems);
        logger.info('content checked: no problems');
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!watched.test(relative(rootDir, path))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const problems = validateContent(rootDir);
            if (problems.length > 0) logger.error(contentProblemsMessage(problems));
            else logger.info('content checked: no problems');
          }, 200);
        });
      },
    },
  };
}
