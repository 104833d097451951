/** Saves a blob (or text) as a file through a temporary link. */
export function download(
  name: string,
  data: Blob | string,
  type = 'application/octet-stream'
): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
