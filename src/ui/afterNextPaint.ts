// Work that may wait for the frame after the next: the answer to a reader's tap (the chosen row) is painted first, and
// the card, the map's new scene and what MapLibre then draws (a camera move, new emphasis) go in later frames.

/** Runs `work` in a task after the next frame is painted; the returned function cancels it if it has not run yet. */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A task queued from an animation frame callback runs once that frame is rendered.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
