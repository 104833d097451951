/** Resolves in a later task: the page draws and answers input before the work that follows. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
