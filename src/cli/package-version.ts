// The package's version (for --version, report headers and the PDF's Creator entry).

import { packageInfo } from '../package-info.js';

export function packageVersion(): string {
  return packageInfo().version;
}
