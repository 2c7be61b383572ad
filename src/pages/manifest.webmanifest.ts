// The web app manifest, written at build time so start_url, scope and icons follow BASE_PATH.
import type { APIRoute } from 'astro';
import { base, withBase } from '../lib/paths';
import { site } from '../lib/site';

export const GET: APIRoute = () => {
  const manifest = {
    name: site.name,
    short_name: 'Flesh to Bone',
    description: site.tagline,
    lang: 'en-GB',
    dir: 'ltr',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#fdfcf9',
    theme_color: '#7a2e00',
    icons: [
      { src: withBase('icons/icon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: withBase('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: withBase('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: withBase('icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
