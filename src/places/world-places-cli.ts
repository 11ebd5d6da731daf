// Run by `npm install` (postinstall) and the Docker build: remembers the world places triage and the location
// question read, and the everyday words typo tolerance checks, so no start or first message pays for reading
// the packages. Never fails the install.
import { everydayWords } from './everyday-words.ts';
import { loadWorldPlaces } from './world-places.ts';

const started = performance.now();
const places = loadWorldPlaces();
const words = everydayWords();
console.log(
  `suar: prepared ${places.length} world places and ${words.everyday.size} everyday words in ${Math.round(performance.now() - started)} ms`,
);
