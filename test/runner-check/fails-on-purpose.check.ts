// Not part of the test suite: `.ci/run` runs this file alone, with the suite's own setup, and
// requires the run to fail. An exit hook once turned every failing run into exit code 0.
import { expect, it } from 'vitest';

it('fails on purpose (runner check)', () => {
  expect('the runner reports failures').toBe('a failing test is hidden');
});
