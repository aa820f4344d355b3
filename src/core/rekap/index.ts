/** The national Rekap (issue 14): unit rows, the national table and matrix, the sheet plan. */
export * from './unit';
export * from './build';
export * from './plan';
export { REKAP_TEXT, type RekapStrings } from './locales';
