// Types of translation-check.mjs (plain JavaScript run by Node and the browser tests).

export interface TransUnit {
  id: string;
  /** Inner XML of the `<source>`. */
  source: string;
  /** Inner XML of the `<target>`, or `undefined` when the unit has none. */
  target: string | undefined;
}

export declare function transUnits(xliff: string): TransUnit[];
export declare function missingTargets(xliff: string): string[];
export declare function translationProblems(locale: string, xliff: string): string[];
