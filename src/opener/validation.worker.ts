// Validates a story's bytes off the page's thread: a 2 MB file full of problems takes about a second to check, and the
// page must not freeze meanwhile. One message in (bytes and the region outlines), one result out.
import { validateStoryBytes } from '../story/validate/validateStory';

self.addEventListener('message', (event: MessageEvent<{ bytes: Uint8Array; regions: unknown }>) => {
  self.postMessage(validateStoryBytes(event.data.bytes, event.data.regions));
});
