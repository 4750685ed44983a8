#!/usr/bin/env node
// Writes the binary test fixtures (PDF in the eDoc, Acadre and First Agenda layouts, DOCX in the
// First Agenda text layout) as test/fixtures/generate-binary.ts lists them: each PDF from the
// build.ts beside it (test/fixtures/minutes/<layout>/<case>/build.ts). Run it after changing one,
// then `npm run golden:update -- <layout>/<case>` and review the diff.
import { register } from 'tsx/esm/api';

register();
const { writeBinaryFixtures } = await import('../test/fixtures/generate-binary.ts');
for (const file of await writeBinaryFixtures()) console.log(`wrote ${file}`);
