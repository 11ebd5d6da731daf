// `npm run flows:schema`: writes flows/flow.schema.json from the zod schema, for editors that validate
// while typing. A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { flowJsonSchema } from './flow-json-schema.ts';

const path = new URL('../../flows/flow.schema.json', import.meta.url).pathname;
writeFileSync(path, `${JSON.stringify(flowJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
