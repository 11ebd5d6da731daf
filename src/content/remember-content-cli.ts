// Run by `npm install` (postinstall) and the Docker build: parses the flows and texts once, so that the first
// start reads them as JSON from the cache. Never fails the install: a start parses what is not remembered.
import { loadContent } from './load-content.ts';

try {
  const started = performance.now();
  loadContent();
  console.log(`suar: remembered the flows and texts in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.warn(`suar: flows and texts not remembered (${(error as Error).message.split('\n')[0]})`);
}
