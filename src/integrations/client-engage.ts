/** Registers the `client:engage` directive (src/client-directives/engage.ts) with Astro. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function clientEngage(): AstroIntegration {
  return {
    name: 'wfbb:client-engage',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'engage',
          entrypoint: fileURLToPath(new URL('../client-directives/engage.ts', import.meta.url)),
        });
      },
    },
  };
}
