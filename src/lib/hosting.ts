/**
 * Whether this copy of the module can work offline where it is opened, and why not: shared by
 * the once-only notice (src/components/site/OfflineNotice.astro) and the hosting check page.
 */
export type OfflineSupport =
  | { kind: 'portable' }
  | { kind: 'service-worker' }
  | { kind: 'no-secure-context'; protocol: string }
  | { kind: 'no-service-worker' };

export interface Where {
  /** location.protocol, "https:" */
  protocol: string;
  /** window.isSecureContext */
  secure: boolean;
  /** 'serviceWorker' in navigator */
  serviceWorker: boolean;
}

export function offlineSupport(where: Where): OfflineSupport {
  // Opened from a folder (the portable copy): the files are on the disk, nothing to cache.
  if (where.protocol === 'file:') return { kind: 'portable' };
  // Browsers give service workers only to secure contexts (HTTPS, or localhost).
  if (!where.secure) return { kind: 'no-secure-context', protocol: where.protocol };
  if (!where.serviceWorker) return { kind: 'no-service-worker' };
  return { kind: 'service-worker' };
}

export const WHAT_TO_DO = 'For use with no connection, open it from an HTTPS address, or use the portable copy (a zip that opens from a folder).';

/** Why offline use cannot work here, in one calm sentence; null when it can. */
export function whyNotOffline(support: OfflineSupport | { kind: 'refused'; detail: string }): string | null {
  switch (support.kind) {
    case 'portable':
    case 'service-worker':
      return null;
    case 'no-secure-context':
      return `It is served over plain ${support.protocol === 'http:' ? 'HTTP' : support.protocol.replace(/:$/, '')}, and browsers keep sites for offline use only over HTTPS.`;
    case 'no-service-worker':
      return 'This browser has no service workers (or they are turned off), which offline use needs.';
    case 'refused':
      return `This browser refused to store the module's files (${support.detail}): storage may be turned off, or this is a private window.`;
  }
}

/** The offline notice key in localStorage: once dismissed, a notice for the same reason is not shown again. */
export const NOTICE_KEY = 'wfbb-offline-notice-dismissed';
