/** `npm run bench -- [e2e|scaling|ingest|formats|analysis|api|soak|all]`: see bench-main.ts. */
import { benchMain } from './bench-main';

void benchMain(process.argv.slice(2)).then((code) => process.exit(code), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
