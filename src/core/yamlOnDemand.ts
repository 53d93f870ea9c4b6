// The YAML library, loaded at its first use: it is a third of the extension's bundle, and only a
// workspace catalogue file or a YAML export needs it, so the extension's activation does without it.
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (lib ??= require('yaml') as typeof Yaml);
}
