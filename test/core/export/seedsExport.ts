// The export of the bundled seeds, built the way both the editor and the command-line tool build it.
import { extract } from '../../../src/core/extract';
import { ExportDocument, buildExport } from '../../../src/core/export';
import { readSeed, seedFiles } from '../../paths';

export function seedsExport(kinds?: string[]): ExportDocument {
  const inputs = seedFiles().map((name) => {
    const result = extract(readSeed(name));
    return { path: `seeds/${name}`, entities: result.entities, warnings: result.warnings };
  });
  return buildExport(inputs, { kinds });
}
