/** Methodology settings (issue 13): bands, cap, weights and the annual cut-off as data. */
export * from './bands';
export * from './sheet';
export * from './signature';
