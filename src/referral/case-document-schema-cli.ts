// `npm run referral:schema`: writes the case document's JSON Schema from the zod schema, for partners to
// validate what they receive. A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { caseDocumentJsonSchema } from './case-document-schema.ts';

const path = new URL('./case-document.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(caseDocumentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
