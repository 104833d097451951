/** The data checks' problems: kept in src/lib/model/problems.ts, which the lecture editor shares. */
export * from '../../src/lib/model/problems';
