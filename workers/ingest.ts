/** Composition root of a standalone ingest worker process (docker-compose `ingest`). */
import { runWorkerProcess } from '../src/runtime/run-worker-process';

void runWorkerProcess('ingest');
