import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schemaFile = new URL('../../src/referral/case-document.schema.json', import.meta.url);

/** The committed JSON Schema of the case document, as a partner would read it. */
export const committedCaseDocumentSchema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<
  string,
  unknown
>;

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);

/** Validates against the committed JSON Schema with an independent validator (Ajv), not Suar's own zod. */
export const validateCaseDocument = ajv.compile(committedCaseDocumentSchema);
