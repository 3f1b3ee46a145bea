import { dueInstruments, functionTests, type InstrumentId } from '@spinekind/core';
import { useQueries } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { todayLocal } from '../../lib/dates';

/** Her results for every function test (one query each, shared with the test pages). */
export function useFunctionTestResults() {
  const results = useQueries({
    queries: functionTests.map((test) => ({
      queryKey: ['responses', test.id],
      queryFn: async () => (await call('GET /instruments/:id/responses', { params: { id: test.id } })).items,
    })),
  });
  const byTest = Object.fromEntries(functionTests.map((test, i) => [test.id, results[i]?.data ?? []]));
  const ready = results.every((r) => r.data);
  const due: InstrumentId[] = ready
    ? dueInstruments({
        lastCompleted: Object.fromEntries(
          functionTests.map((test) => [test.id, byTest[test.id]?.at(-1)?.localDate]),
        ),
        optedIn: false,
        today: todayLocal(),
        from: functionTests,
      })
    : [];
  return { byTest, due, ready };
}

/** Her age this year from her birth year (the chair-stand norms are by age band; a year either way at most). */
export const ageFrom = (birthYear: number | null | undefined, today = todayLocal()) =>
  birthYear == null ? null : Number(today.slice(0, 4)) - birthYear;
