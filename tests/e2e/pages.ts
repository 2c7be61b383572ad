import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every built page, as a path relative to the site root ('' for the home page). */
export function builtPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith('_') && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        pages.push(path.relative(distDir, dir).split(path.sep).join('/') + (dir === distDir ? '' : '/'));
      } else if (name === '404.html') {
        pages.push('404.html');
      }
    }
  };
  walk(distDir);
  return pages.sort();
}
