/** setara.config.yaml: column and value mappings plus option defaults for one region's exports. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { loadYaml } from './load-yaml.js';
import type { TableKind } from './columns.js';
import type { XlsxLimits } from './table.js';

export type ValueField = 'kind' | 'eselon' | 'golongan' | 'education' | 'status' | 'unit_type';

export interface Config {
  version?: 1;
  columns?: Partial<Record<TableKind, Record<string, string>>>;
  values?: Partial<Record<ValueField, Record<string, string>>>;
  ruleset?: string;
  as_of?: string;
  lang?: 'id' | 'en';
  delimiter?: string;
  encoding?: string;
  /** --header-row for every table read with this config. */
  header_row?: number;
  /** Bounds on reading an XLSX (defaults: io/table.ts XLSX_LIMITS). */
  limits?: { xlsx_rows?: number; xlsx_inflated_mb?: number };
}

/** The config's XLSX limits as reading options (unset ones keep their defaults). */
export function xlsxLimits(config: Config): Partial<XlsxLimits> {
  const l = config.limits ?? {};
  return {
    ...(l.xlsx_rows !== undefined ? { rows: l.xlsx_rows } : {}),
    ...(l.xlsx_inflated_mb !== undefined ? { inflatedBytes: l.xlsx_inflated_mb * 1024 * 1024 } : {}),
  };
}

export const CONFIG_FILE = 'setara.config.yaml';

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or undefined when none was found. */
  file?: string;
}

/** `--config F` must exist (a regular file: load-yaml refuses anything else); otherwise setara.config.yaml in the working directory is used when present. */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new ConfigError({ id: 'berkas konfigurasi tidak ditemukan', en: 'config file not found' }, explicit);
    return { config: loadYaml<Config>(path, explicit, 'config.schema.json').data, file: explicit };
  }
  const path = resolve(cwd, CONFIG_FILE);
  if (!existsSync(path)) return { config: {} };
  return { config: loadYaml<Config>(path, CONFIG_FILE, 'config.schema.json').data ?? {}, file: CONFIG_FILE };
}
