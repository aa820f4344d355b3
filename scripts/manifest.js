/**
 * The production manifest: every URL of manifest.xml (written for `npm start` on
 * https://localhost:3000) moved to the address an administrator serves dist/web from.
 * webpack.config.js calls it when it copies manifest.xml to dist/web; tests/cli/manifest-url.test.ts
 * checks it without a build. No dependencies.
 *
 * The address comes from `--env addinUrl=https://…` (webpack; `npm run build -- --env addinUrl=…`
 * passes it through the npm scripts) or the environment variable RAPK_ADDIN_URL.
 */
'use strict';

/** The address manifest.xml is written for (the dev server). */
const DEV_URL = 'https://localhost:3000';

/** The add-in's base URL, checked: https, no query or fragment, no trailing slash. Throws when it is not one. */
function normaliseUrl(raw) {
  let u;
  try {
    u = new URL(String(raw).trim());
  } catch {
    throw new Error(`addinUrl is not a URL: ${raw}`);
  }
  // Office loads add-ins over https only
  if (u.protocol !== 'https:') throw new Error(`addinUrl must start with https:// (Office loads add-ins over https only): ${raw}`);
  if (u.search || u.hash || u.username || u.password)
    throw new Error(`addinUrl must be a plain address (no query, fragment or credentials): ${raw}`);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/** The base URL asked for: webpack's `--env addinUrl=…`, else RAPK_ADDIN_URL; null for a dev build. */
function addinUrlOf(env, vars) {
  const v = (env && env.addinUrl) || (vars && vars.RAPK_ADDIN_URL) || '';
  return v ? normaliseUrl(v) : null;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * manifest.xml for `baseUrl`: every https://localhost:3000/… becomes baseUrl/…, the AppDomain
 * the base's origin. Throws if any localhost address is left.
 */
function manifestFor(xml, baseUrl) {
  const base = normaliseUrl(baseUrl);
  const origin = new URL(base).origin;
  let out = xml
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${escapeXml(origin)}</AppDomain>`)
    .split(`${DEV_URL}/`)
    .join(`${escapeXml(base)}/`)
    // the dev comment at the top says how to build this; the built one says for where
    .replace(/<!--[\s\S]*?-->/, `<!-- RAPK BPOM: Excel task-pane add-in (XML add-in-only manifest), built for ${escapeXml(base)}. -->`);
  if (/localhost/i.test(out)) throw new Error('manifest.xml still names localhost after the rewrite');
  return out;
}

module.exports = { DEV_URL, normaliseUrl, addinUrlOf, manifestFor };
