/** Registers the `client:engage` directive (engage.ts beside it) with Astro. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function clientEngage(): AstroIntegration {
  return {
    name: 'wfbb:client-engage',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'engage',
          entrypoint: fileURLToPath(new URL('./engage.ts', import.meta.url)),
        });
      },
    },
  };
}
