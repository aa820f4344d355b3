/** Types of scripts/manifest.js (the production manifest's URL rewrite). */
export declare const DEV_URL: string;
export declare function normaliseUrl(raw: string): string;
export declare function addinUrlOf(
  env: { addinUrl?: string } | undefined,
  vars: Record<string, string | undefined> | undefined,
): string | null;
export declare function manifestFor(xml: string, baseUrl: string): string;
