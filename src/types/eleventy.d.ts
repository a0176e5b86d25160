// Eleventy 3 ships no type declarations; this declares the small part of its API the build uses.
declare module "@11ty/eleventy" {
  /** Eleventy's configuration API (the subset this project calls). */
  export interface UserConfig {
    addGlobalData(name: string, value: () => Promise<unknown>): void;
    on(event: string, callback: (arg: { directories: { output: string }; runMode: string }) => unknown): void;
    setChokidarConfig(options: object): void;
    addWatchTarget(target: string): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    setIncludesDirectory(dir: string): void;
    setTemplateFormats(formats: string[]): void;
    setUseGitIgnore(enabled: boolean): void;
  }

  /** Options of the programmatic Eleventy constructor. */
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }

  /** Programmatic Eleventy. */
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
