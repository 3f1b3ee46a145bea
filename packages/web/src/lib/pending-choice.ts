import { useState } from 'react';

/**
 * Her choices on switches and boxes whose saved value comes from the server: each shows in the same render
 * as her click, and holds while the saved value is still the one she changed; once that changes (her save
 * landed) the saved value shows again. A query's optimistic update or a mutation's variables arrive a moment
 * after the click, and a controlled box would flick back meanwhile. A failed save calls `drop`.
 */
export function usePendingChoices<V>() {
  const [chosen, setChosen] = useState<ReadonlyMap<string, { value: V; over: V }>>(new Map());
  return {
    shown(key: string, saved: V): V {
      const choice = chosen.get(key);
      return choice && Object.is(choice.over, saved) ? choice.value : saved;
    },
    choose: (key: string, value: V, over: V) => setChosen((now) => new Map(now).set(key, { value, over })),
    drop: (key: string) =>
      setChosen((now) => {
        const next = new Map(now);
        next.delete(key);
        return next;
      }),
  };
}
