/** jest configuration: TypeScript tests run as ESM through ts-jest (chalk 5 is ESM-only). */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // the HTML reader, which src/extract.ts loads on demand (see test/helpers/html-support.ts)
  setupFilesAfterEnv: ['<rootDir>/test/helpers/html-support.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
  },
  testTimeout: 30000,
};
