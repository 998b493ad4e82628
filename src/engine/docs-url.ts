// Where the rule docs are published: the repository's docs/rules/ pages.

export const DOCS_BASE_URL = 'https://github.com/sop-as-code/sop/blob/main/';

export function docsUrl(page: string): string {
  return DOCS_BASE_URL + page;
}
