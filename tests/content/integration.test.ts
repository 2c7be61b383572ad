import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import contentValidation, { ContentProblemsError } from '../../src/content-validation/integration.ts';
import { fixtureRoot, removeFixtureRoots } from './fixture-root.ts';

afterAll(removeFixtureRoots);

type ConfigSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Run the integration's config hook as Astro would for `astro build` in `root`. */
function setUp(root: string) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const hook = contentValidation().hooks['astro:config:setup'] as ConfigSetup;
  const run = () =>
    hook({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger } as unknown as Parameters<ConfigSetup>[0]);
  return { run, logger };
}

describe('the content-validation integration', () => {
  it('stops the build with one error listing every problem', () => {
    const { run } = setUp(fixtureRoot('quiz-names-no-item'));
    let thrown: unknown;
    try {
      run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentProblemsError);
    expect((thrown as Error).message).toBe(
      [
        'Content check found 2 problems:',
        '- content/lessons/genetics.mdx:14: <Quiz id="gen-parents"> names no item in content/questions (did you mean "gen-parent"?)',
        '- content/lessons/genetics.mdx:18: <Quiz id="gen-sibling-risk"> names no item in content/questions',
      ].join('\n'),
    );
  });

  it('lets valid content through and says it was checked', () => {
    const { run, logger } = setUp(fixtureRoot('valid-minimal'));
    expect(run).not.toThrow();
    expect(logger.info).toHaveBeenCalledWith('content checked: no problems');
  });
});
