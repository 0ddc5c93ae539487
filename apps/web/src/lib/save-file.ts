/** Hands text to the browser as a download named `fileName` (no server round trip: the text is already here). */
export function saveTextFile(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the URL is let go after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
