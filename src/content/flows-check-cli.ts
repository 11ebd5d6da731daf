// `npm run flows:check`: validates and lints flows/ and locales/; exits 1 listing every problem.
import { HOST_TEXT_KEYS } from '../conversations/host-text-keys.ts';
import { lintContent } from './lint-content.ts';
import { ContentError, loadContent } from './load-content.ts';

try {
  const content = loadContent();
  const problems = lintContent(content, HOST_TEXT_KEYS);
  if (problems.length > 0) {
    console.error(`flows:check found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `flows:check: ${Object.keys(content.flows).length} flows and ${Object.keys(content.texts).length} languages are fine`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
