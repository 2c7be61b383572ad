// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { presentMode } from '../../../src/stores/mode.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('presentMode', () => {
  it('follows <html data-mode="present"> both ways, so the projector can set either', async () => {
    expect(presentMode.get()).toBe(false);
    document.documentElement.dataset.mode = 'present';
    await tick();
    expect(presentMode.get()).toBe(true);
    delete document.documentElement.dataset.mode;
    await tick();
    expect(presentMode.get()).toBe(false);
  });

  it('can be set directly', () => {
    presentMode.set(true);
    expect(presentMode.get()).toBe(true);
    presentMode.set(false);
  });
});
