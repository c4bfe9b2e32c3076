import { api } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';
import type { Item } from './item-types.ts';

/**
 * The detail panel's actions. Each asks the core, tells the clerk what happened, and hands back
 * the item as it now is so the panel and the list can refresh.
 */
export function useItemActions(onChanged: (item: Item) => void) {
  const notify = useNotify();

  async function attempt(work: () => Promise<Item>, done: (item: Item) => string) {
    try {
      const item = await work();
      onChanged(item);
      notify.success(done(item));
    } catch (err) {
      notify.error(err);
    }
  }

  return {
    moveTo: (item: Item, toSeq: number) =>
      attempt(
        async () => {
          await api.run('items:move', { id: item.id, toSeq });
          return api.run('items:get', { id: item.id });
        },
        (moved) => `“${moved.name}”现在是序号 ${moved.seq}`,
      ),
    retire: (item: Item) =>
      attempt(
        () => api.run('items:retire', { id: item.id }),
        (i) => `已停用“${i.name}”。打开“显示已停用”可以找到并恢复它。`,
      ),
    restore: (item: Item) =>
      attempt(
        () => api.run('items:restore', { id: item.id }),
        (i) => `已恢复“${i.name}”，排在序号 ${i.seq}`,
      ),
  };
}
