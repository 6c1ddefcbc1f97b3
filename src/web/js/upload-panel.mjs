/* global setTimeout */
import { getJson, uploadFile } from './api.mjs';
import { $, el } from './dom.mjs';

const PHASES = { queued: 'Queued…', parsing: 'Reading the file…', scoring: 'Scoring posts…', done: 'Done', failed: 'Failed' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function report(r) {
  const reasons = Object.entries(r.rejectedByReason ?? {});
  return [
    el('dl', { class: 'figures' },
      el('div', {}, el('dt', {}, 'Accepted'), el('dd', { id: 'report-accepted' }, String(r.accepted))),
      el('div', {}, el('dt', {}, 'Duplicates'), el('dd', { id: 'report-duplicates' }, String(r.duplicates))),
      el('div', {}, el('dt', {}, 'Rejected'), el('dd', { id: 'report-rejected' }, String(r.rejected)))),
    r.error ? el('p', { class: 'error' }, r.error) : null,
    reasons.length ? el('p', {}, 'Rejected because: ', reasons.map(([k, n]) => `${k} (${n})`).join(', ')) : null,
    r.rejected > 0 ? el('p', {}, el('a', { href: `/api/uploads/${encodeURIComponent(r.uploadId)}/rejected.csv`, 'data-download': true }, 'Download the rejected rows (CSV)')) : null,
    r.errors?.length ? el('details', {}, el('summary', {}, `First ${r.errors.length} rejected rows`),
      el('ul', { class: 'rejections' }, r.errors.map((e) => el('li', {}, `line ${e.line}: ${e.reason}`)))) : null,
  ];
}

/** Drag-and-drop or picked file → upload with byte progress → follow the report until done. */
export function createUploadPanel({ currentDataset, onDone, onError }) {
  const drop = $('#drop');
  const input = $('#upload-file');
  const nameInput = $('#upload-dataset');
  const status = $('#upload-status');
  const phase = $('#upload-phase');
  const bar = $('#upload-progress');
  const out = $('#upload-report');
  let busy = false;

  async function send(file) {
    if (busy || !file) return;
    const dataset = nameInput.value.trim() || currentDataset() || 'my-outage';
    if (!nameInput.checkValidity()) { nameInput.reportValidity(); return; }
    busy = true;
    status.hidden = false;
    status.setAttribute('aria-busy', 'true'); // until the dashboard shows the new data, not just until the upload is done
    out.replaceChildren();
    status.dataset.state = 'uploading';
    phase.textContent = `Uploading ${file.name}…`;
    bar.value = 0;
    try {
      const { uploadId } = await uploadFile(dataset, file, (f) => { bar.value = 0.2 * f; });
      for (;;) {
        const r = await getJson(`/api/uploads/${uploadId}`);
        bar.value = 0.2 + 0.8 * (r.progress ?? 0);
        status.dataset.state = r.state;
        phase.textContent = `${PHASES[r.state] ?? r.state} ${r.state === 'done' || r.state === 'failed' ? '' : `${r.rowsRead} rows read, ${r.scored} scored`}`;
        if (r.state === 'done' || r.state === 'failed') {
          bar.value = r.state === 'done' ? 1 : bar.value;
          out.replaceChildren(...report(r).filter(Boolean));
          if (r.state === 'done') await onDone(dataset);
          break;
        }
        await sleep(400);
      }
    } catch (err) {
      status.dataset.state = 'failed';
      phase.textContent = 'Upload failed';
      onError(err);
    } finally {
      busy = false;
      status.removeAttribute('aria-busy');
      input.value = '';
    }
  }

  input.addEventListener('change', () => void send(input.files?.[0]));
  for (const type of ['dragenter', 'dragover']) drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add('over'); });
  for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); void send(e.dataTransfer?.files?.[0]); });
}
