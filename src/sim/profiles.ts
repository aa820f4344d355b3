/**
 * The Excel hosts a BPOM office has, as simulator profiles (issue 21): the API sets each one
 * reports, its payload limits and what it does differently. The gateway's limits follow ADR 004
 * (`Office.context.platform` PC or Mac: none; anything else: 5 MB).
 */
import type { SimOptions } from './excelSim';

export interface HostProfile {
  name: string;
  /** the highest ExcelApi set it reports */
  api: string;
  options: SimOptions;
  /** what `Office.context.platform` says, which decides the gateway's payload limits */
  platform: 'PC' | 'Mac' | 'OfficeOnline' | 'iOS';
  /** the ribbon button that opens the task pane (iPad: none; the pane opens from Add-ins) */
  ribbon: boolean;
}

export const HOST_PROFILES: readonly HostProfile[] = [
  {
    name: 'Excel 2021 LTSC',
    api: '1.14',
    // no notes; threaded-comments mode throws NotImplemented on comments (office-js#1847)
    options: { apiVersion: 14, platform: 'desktop', commentsNotImplemented: true },
    platform: 'PC',
    ribbon: true,
  },
  { name: 'Excel 2024 LTSC', api: '1.17', options: { apiVersion: 17, platform: 'desktop' }, platform: 'PC', ribbon: true },
  { name: 'Microsoft 365 (Windows/Mac)', api: '1.20', options: { apiVersion: 20, platform: 'desktop' }, platform: 'PC', ribbon: true },
  { name: 'Excel on the web', api: '1.20', options: { apiVersion: 20, platform: 'web' }, platform: 'OfficeOnline', ribbon: true },
  { name: 'Excel on iPad', api: '1.18', options: { apiVersion: 18, platform: 'desktop' }, platform: 'iOS', ribbon: false },
];
