/**
 * Counts the turns the page gets (macrotasks that run) while `work` runs: a message posted to
 * itself again and again through a MessageChannel. Work done in one synchronous stretch (however
 * many promises it awaits that are already settled) gives it no turn; work that yields to the page
 * gives it one at every yield, however fast or loaded the machine is.
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  const channel = new MessageChannel();
  let turns = 0;
  let running = true;
  channel.port1.onmessage = () => {
    turns += 1;
    if (running) channel.port2.postMessage(undefined);
  };
  // Started with the work, so nothing counts from before it.
  const pending = work();
  channel.port2.postMessage(undefined);
  try {
    const result = await pending;
    return { result, turns: Math.max(0, turns - 1) };
  } finally {
    running = false;
    channel.port1.close();
  }
}
