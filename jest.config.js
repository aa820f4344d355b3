/** @type {import('jest').Config} */
const ts = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] };
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/e2e/', '/taskpane/'],
      transform: ts,
      moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/tests/support/office-addin-manifest-stub.js' },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/taskpane'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/taskpane/setup.ts'],
      transform: ts,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.e2e.test.ts'],
      transform: ts,
    },
  ],
  testTimeout: 60000,
};
