/**
 * Lesson steps: wraps each `##` heading and everything up to the next `##` in
 * `<section class="lesson-step" data-step="N" aria-labelledby="<h2 id>">`, so projector mode
 * can show one section at a time. Content before the first `##` stays outside the steps.
 *
 * Astro 7 renders Markdown and MDX with Sätteri, which runs hast plugins (not rehype/unified
 * ones; `markdown.rehypePlugins` needs @astrojs/markdown-remark, which the project does not
 * use). Astro sets heading ids after user plugins, so `lessonSteps` first runs Astro's own
 * heading-id plugin: every heading gets exactly the github-slugger id Astro would give it
 * (Astro keeps an id that is already set), and the wrapper can label each section by it.
 *
 * Register it on the processor in astro.config.mjs (MDX inherits it):
 *   markdown: { processor: satteri({ hastPlugins: [lessonSteps] }) }
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';

type HastNode = Parameters<NonNullable<HastPluginDefinition['after']>>[0]['children'][number];
type Element = Extract<HastNode, { type: 'element' }>;

const isH2 = (node: HastNode): node is Element => node.type === 'element' && node.tagName === 'h2';

/** Groups the root's children into steps; the tree keeps its nodes, only their parent changes. */
export const wrapLessonSteps: HastPluginDefinition = {
  name: 'lesson-steps',
  after(root, ctx) {
    if (!root.children.some(isH2)) return;
    const children: HastNode[] = [];
    let step: Element | undefined;
    let count = 0;
    for (const node of root.children) {
      if (isH2(node)) {
        count += 1;
        const section: Element = {
          type: 'element',
          tagName: 'section',
          properties: {
            className: ['lesson-step'],
            dataStep: String(count),
            ariaLabelledBy: [String(node.properties?.id ?? '')],
          },
          children: [node],
        };
        children.push(section);
        step = section;
      } else if (step) {
        step.children.push(node as Element['children'][number]);
      } else {
        children.push(node);
      }
    }
    ctx.replaceNode(root, { type: 'root', children });
  },
};

/** Heading ids (as Astro sets them), then the step wrapper. */
export const lessonSteps: HastPluginEntry = [satteriHeadingIdsPlugin(), wrapLessonSteps];

export default lessonSteps;
