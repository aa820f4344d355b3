/**
 * Methodology settings (issue 13): bands, cap, weights and the annual cut-off as data
 * (`bands.ts`), the settings sheet's words (`sheet.ts`). The sheet is read in its stages:
 * `reader/settings.ts` (cells), `rules/settings.ts` (M01–M05), `sheets/settings.ts` (plan);
 * re-exported here for the hosts.
 */
export * from './bands';
export * from './sheet';
export * from './signature';
export { type SettingsRead, checkSettings, readSettings, settingsForWorkbook } from '../rules/settings';
export { planSettings } from '../sheets/settings';
