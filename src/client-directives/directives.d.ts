// `client:engage` on framework components (registered by src/integrations/client-engage.ts).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on engagement; `"notice"` for the storage notice. See src/client-directives/engage.ts. */
    'client:engage'?: boolean | 'notice';
  }
}
