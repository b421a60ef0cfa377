// The mark the app's entry module puts on <html> as it runs (data-app-running): ./startCheck.ts reads it at the load event.
export const APP_RUNNING = 'appRunning';

export function markAppRunning(): void {
  document.documentElement.dataset[APP_RUNNING] = '';
}
