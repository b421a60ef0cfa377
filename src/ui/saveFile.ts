// Saving a file the page made (a story, a picture of the map) through the browser's own download.

/** Offers `blob` for download as `name`. The address lives a minute: some browsers read it after the click returns. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  // Firefox follows a download link only when it is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
