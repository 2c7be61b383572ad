/** Tells the learner when saved answers were unreadable (and kept aside) or could not be saved. */
import { useStore } from '@nanostores/preact';
import { progressStore, type StorageNotice as Notice } from '../stores/progress.ts';

function describe(notice: Notice): string {
  switch (notice.kind) {
    case 'corrupt':
      return `Your saved answers could not be read (${notice.problem}), so the module began a new record of your answers. The old data was not deleted: it is kept in this browser's storage under the key "${notice.key}".`;
    case 'quota':
      return "This browser's storage is full, so your latest answers are not saved. They stay on this page until you leave it; export your progress from the Progress page, or free some space.";
    case 'unavailable':
      return 'This browser does not let the module save your answers (storage may be turned off). Your answers stay on this page until you leave it.';
  }
}

export default function StorageNotice() {
  const notices = useStore(progressStore.notices);
  return (
    <div class="storage-notice" role="alert" data-storage-notice>
      {notices.map((notice) => (
        <div key={notice.kind + ('key' in notice ? notice.key : '')} class="storage-notice__entry">
          <p>
            <strong>Saving your progress: </strong>
            {describe(notice)}
          </p>
          <button type="button" onClick={() => progressStore.dismissNotice(notice)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
