/** What `npm run build` watches (see buildFiles.mjs). */
export declare const INPUTS: readonly string[];
/** What every build writes (see buildFiles.mjs). */
export declare const OUTPUTS: readonly string[];
