// The start of every render: the config (the working folder's, or --config for all) and the
// language the run speaks, then the SOP files to render. Light: it loads no rendering machinery,
// so that the CLI can report a bad config or path before loading ELK, fontkit and pdfkit.

import { ConfigResolver } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Lang } from '../i18n/lang.js';
import { discoverFiles, type DiscoverOptions } from '../loader/discover.js';

export interface RenderRun {
  cwd: string;
  /** The language of messages: --lang, else the working folder's config, else zh-TW. */
  lang: Lang;
  /** --lang as given: then every drawing speaks it (else each SOP its own `lang:`). */
  requestedLang?: Lang;
  /** --config: one sop.config.yaml for every file. */
  configFile?: string;
  configs: ConfigResolver;
  cwdConfig: ResolvedConfig;
}

/** Opens a run; throws ConfigError for a config that does not load. */
export function openRun(options: { cwd: string; lang?: Lang; configFile?: string }): RenderRun {
  const configs = new ConfigResolver(options.cwd, options.lang ?? 'zh-TW', options.configFile);
  const cwdConfig = configs.forCwd();
  return {
    cwd: options.cwd,
    lang: options.lang ?? cwdConfig.lang ?? 'zh-TW',
    ...(options.lang ? { requestedLang: options.lang } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
    configs,
    cwdConfig,
  };
}

/**
 * The SOP files under the given paths (files, folders, globs); with no paths, the config's
 * `include` or every SOP file under the working folder. Throws DiscoveryError for a path that
 * does not exist.
 */
export function findSopFiles(run: RenderRun, paths: string[], onUnreadable?: DiscoverOptions['onUnreadable']): string[] {
  const { include, exclude, root } = run.cwdConfig;
  return discoverFiles(paths, { cwd: run.cwd, include: paths.length === 0 ? include : undefined, exclude, configRoot: root, onUnreadable });
}
