/**
 * Composition root of the API's analyser thread (`startAnalyserThread`): loads the analyser once and
 * answers `{ id, texts, hint }` messages with `{ id, results }`.
 */
import { parentPort } from 'node:worker_threads';
import { createAnalyser } from '../src/analysis/create-analyser';
import { loadAnalyserResources } from '../src/analysis/load-analyser-resources';
import type { AnalyserThreadReply, AnalyserThreadRequest } from '../src/runtime/start-analyser-thread';

const analyser = createAnalyser(loadAnalyserResources());
const port = parentPort!;
port.on('message', (m: AnalyserThreadRequest) => {
  let reply: AnalyserThreadReply;
  try {
    reply = { id: m.id, results: m.texts.map((t) => analyser.analyze(t, m.hint)) };
  } catch (e) {
    reply = { id: m.id, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
