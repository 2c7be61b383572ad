/**
 * Export progress to a JSON file, import it again (validated; merged keeping each item's
 * better grade; nothing changes when it does not validate), and reset with confirmation.
 */
import { useRef, useState } from 'preact/hooks';
import { progressStore } from '../stores/progress.ts';
import { exportProgress, importProgress, resetProgress } from '../stores/progress-transfer.ts';

export function ProgressTransfer() {
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  function download() {
    const text = exportProgress(progressStore);
    const name = `wfbb-progress-${new Date().toISOString().slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const count = Object.keys(progressStore.progress.get().items).length;
    setMessage({ text: `Exported ${count} answer${count === 1 ? '' : 's'} to ${name}.`, problem: false });
  }

  async function upload(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = importProgress(progressStore, await file.text());
    input.value = '';
    setMessage(
      result.ok
        ? { text: `Imported ${file.name}: ${result.added} new, ${result.updated} merged (each item keeps its better grade).`, problem: false }
        : { text: `Nothing was changed. ${result.problem}`, problem: true },
    );
  }

  function confirmReset() {
    const box = dialog.current;
    if (box?.showModal) box.showModal();
    else box?.setAttribute('open', '');
    box?.querySelector<HTMLButtonElement>('[data-cancel]')?.focus();
  }

  function close(reset: boolean) {
    const box = dialog.current;
    if (box?.close) box.close();
    else box?.removeAttribute('open');
    if (reset) {
      resetProgress(progressStore);
      setMessage({ text: 'All answers in this browser were forgotten.', problem: false });
    }
    resetButton.current?.focus();
  }

  return (
    <div class="transfer-box">
      <div class="transfer">
        <button type="button" onClick={download}>
          Export progress
        </button>
        <span class="transfer__import">
          <label for="progress-import">Import progress from a file:</label>{' '}
          <input id="progress-import" type="file" accept="application/json,.json" onChange={upload} />
        </span>
        <button type="button" ref={resetButton} onClick={confirmReset} class="web-only" data-reset-progress>
          Reset progress…
        </button>
      </div>
      <p class="lms-only" data-lms-note>
        Your LMS keeps the record of your answers, so they cannot be reset from here: to start again, ask for a new attempt in the
        LMS.
      </p>
      <p role="status" class={`transfer__message${message?.problem ? ' mark--bad' : ''}`} data-transfer-message>
        {message && (message.problem ? '✗ ' : '✓ ')}
        {message?.text}
      </p>
      <dialog ref={dialog} class="confirm" aria-labelledby="reset-title" aria-describedby="reset-text" onCancel={() => resetButton.current?.focus()}>
        <h2 id="reset-title">Forget all your answers?</h2>
        <p id="reset-text">
          Every answer and grade kept in this browser will be removed. This cannot be undone; export your progress first if you
          want a copy.
        </p>
        <div class="transfer">
          <button type="button" data-cancel autofocus onClick={() => close(false)}>
            Cancel
          </button>
          <button type="button" onClick={() => close(true)}>
            Forget all answers
          </button>
        </div>
      </dialog>
    </div>
  );
}
