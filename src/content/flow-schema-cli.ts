// `npm run flows:schema`: writes flows/flow.schema.json from the zod schema, for editors that validate
// while typing. A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { projectPath } from '../project-path.ts';
import { flowJsonSchema } from './flow-json-schema.ts';

const path = projectPath('flows', 'flow.schema.json');
writeFileSync(path, `${JSON.stringify(flowJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
