/** Links inside the module always go through here, so any BASE_PATH works. */
const rawBase = import.meta.env.BASE_URL ?? '/';
export const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

/** withBase('lessons/the-case/') → '/teach/poh/lessons/the-case/' under BASE_PATH=/teach/poh/. */
export function withBase(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export function lessonUrl(slug: string, anchor?: string): string {
  return withBase(`lessons/${slug}/`) + (anchor ? `#${anchor}` : '');
}
