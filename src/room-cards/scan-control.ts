/**
 * The projector bar's "Scan the room" button (one line in src/projector/controls.ts adds it).
 * Pressing it opens the scanner panel, which loads the camera reader and js-aruco2 then and
 * only then (./scanner.ts). Without a secure context there is no camera: the panel says so and
 * the typed tally stays the way to count.
 */

/** Where the camera can be asked for: HTTPS or this computer (the browser's rule for getUserMedia). */
export const cameraPossible = (): boolean => window.isSecureContext && !!navigator.mediaDevices?.getUserMedia;

export function scanRoomButton(main: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Scan the room';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('data-room-scan-toggle', '');
  let panel: Promise<{ toggle(): void }> | undefined;
  button.addEventListener('click', () => {
    panel ??= import('./scanner.ts').then(({ createScanner }) => createScanner(main, button));
    void panel.then((scanner) => scanner.toggle());
  });
  return button;
}
