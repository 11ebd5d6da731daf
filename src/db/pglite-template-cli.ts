// Run by `npm install` (postinstall): builds the PGlite template so the first `npm start` is fast.
// Never fails the install: without a template, the first start simply runs initdb itself.
import { buildPgliteTemplateDir } from './pglite-template.ts';

try {
  const started = performance.now();
  await buildPgliteTemplateDir();
  console.log(
    `suar: prepared the embedded database template in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.warn(
    `suar: no embedded database template (${(error as Error).message}); the first start will be slower`,
  );
}
