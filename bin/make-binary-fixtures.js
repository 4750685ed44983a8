#!/usr/bin/env node
// Writes the binary test fixtures (PDF in the eDoc and Acadre layouts, DOCX in the First Agenda
// text layout) from the text in test/fixtures/generate-binary.ts. Run it after changing that file,
// then regenerate the golden files and review the diff.
import { register } from 'tsx/esm/api';

register();
const { writeBinaryFixtures } = await import('../test/fixtures/generate-binary.ts');
for (const file of await writeBinaryFixtures()) console.log(`wrote ${file}`);
