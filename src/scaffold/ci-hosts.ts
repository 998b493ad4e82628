// The CI hosts `sop init --ci` knows: apart from their templates (ci-templates.ts), so that the
// command's options do not build the templates at start-up.

export type CiHost = 'github' | 'gitlab';

export const CI_HOSTS: CiHost[] = ['github', 'gitlab'];
