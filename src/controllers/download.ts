/** Downloads `data` as a JSON file: nothing leaves the device, the learner gets their own copy. */
export function downloadJson(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the blob once the click is handled: let it go on the next tick.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
