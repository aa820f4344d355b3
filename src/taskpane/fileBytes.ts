/** A file the planner chose, as bytes: `Blob.arrayBuffer`, or FileReader in older WebViews (EdgeHTML) that lack it. */
export function fileBytes(f: File): Promise<ArrayBuffer> {
  if (typeof f.arrayBuffer === 'function') return f.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsArrayBuffer(f);
  });
}
