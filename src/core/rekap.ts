/** The national Rekap (issue 14): unit rows, the national table and matrix, the sheet plan. */
export * from './measure/rekapUnit';
export * from './measure/rekap';
export * from './sheets/rekap';
export { REKAP_TEXT, type RekapStrings } from './locales/rekap';
