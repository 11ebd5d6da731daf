// Run by `npm install` (postinstall) and the Docker build: remembers the world places triage and the location
// question read, so no start pays for reading the whole GeoNames package. Never fails the install.
import { loadWorldPlaces } from './world-places.ts';

const started = performance.now();
const places = loadWorldPlaces();
console.log(`suar: prepared ${places.length} world places in ${Math.round(performance.now() - started)} ms`);
