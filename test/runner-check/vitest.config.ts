// The suite's configuration (its global setup above all), for the one file that must fail.
import { defineConfig } from 'vitest/config';
import suite from '../../vitest.config.js';

export default defineConfig({ ...suite, test: { ...suite.test, include: ['test/runner-check/*.check.ts'] } });
