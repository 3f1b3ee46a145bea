import {
  type ChecklistItem,
  checklistItemIn,
  checklistItemsIn,
  checklistsAnswer,
  checklistTickAnswer,
  checklistTickSchema,
  DomainError,
} from '@spinekind/core';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadChecklistTicks } from './store.js';
import { checklistTicks } from './table.js';

const withTick = (ticks: Map<string, string>) => (item: ChecklistItem) => ({
  ...item,
  routineId: item.routineId ?? null,
  lessonId: item.lessonId ?? null,
  ticked: ticks.has(item.id),
  tickedAt: ticks.get(item.id) ?? null,
});

/** `GET /checklists` (sleep and travel items with her ticks, in her language) and `PUT /checklists/:itemId` `{ticked}`. */
export const checklistRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  const tags = ['checklists'];

  app.get('/checklists', { schema: { tags, response: { 200: checklistsAnswer } } }, async (request) => {
    const ticks = await loadChecklistTicks(request.requireUser().scope);
    return {
      items: checklistItemsIn(request.locale).map(
        withTick(new Map(ticks.map((t) => [t.itemId, t.tickedAt]))),
      ),
    };
  });

  app.put(
    '/checklists/:itemId',
    {
      schema: {
        tags,
        params: z.strictObject({ itemId: z.string().max(100) }),
        body: checklistTickSchema,
        response: { 200: checklistTickAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const item = checklistItemIn(request.params.itemId, request.locale);
      if (!item) throw new DomainError('not_found', 'There is no checklist item with this id.');
      const mine = scope.where(checklistTicks, eq(checklistTicks.itemId, item.id));
      if (request.body.ticked) {
        // Ticking again keeps the first time it was ticked.
        await scope.db
          .insert(checklistTicks)
          .values({ userId: scope.userId, itemId: item.id, tickedAt: clock() })
          .onConflictDoNothing({ target: [checklistTicks.userId, checklistTicks.itemId] });
      } else {
        await scope.db.delete(checklistTicks).where(mine);
      }
      const [row] = await scope.db.select().from(checklistTicks).where(mine);
      const ticks = new Map(row ? [[row.itemId, row.tickedAt.toISOString()]] : []);
      return { item: withTick(ticks)(item) };
    },
  );
};
