/**
 * Runs `work` over the items with at most `lanes` at once; `lane` names the lane
 * (0 … lanes-1), so each can own a browser tab. The browser walks use it: a run waits on
 * the server and on Chromium in turn, and overlapping the two shortens it without
 * changing what is checked.
 */
export async function inParallel<Item>(
  items: Item[],
  lanes: number,
  work: (item: Item, lane: number) => Promise<void>
) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(lanes, items.length) }, async (_, lane) => {
      while (next < items.length) await work(items[next++], lane)
    })
  )
}
