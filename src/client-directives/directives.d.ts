// `client:engage` on framework components (registered by engage-integration.ts beside it).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on engagement; `"notice"` for the storage notice. See src/client-directives/engage.ts. */
    'client:engage'?: boolean | 'notice';
  }
}
