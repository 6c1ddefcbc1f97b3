/** Composition root of a standalone score worker process (docker-compose `score`, `moodline serve` children). */
import { runWorkerProcess } from '../src/runtime/run-worker-process';

void runWorkerProcess('score');
