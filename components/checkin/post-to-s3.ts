/**
 * Posts one file to S3 with a presigned POST: the signed fields first, then the file (S3 ignores fields after
 * `file`). XMLHttpRequest rather than fetch because only it reports upload progress.
 */
export function postToS3(
  presigned: { url: string; fields: Record<string, string> },
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const body = new FormData();
    for (const [name, value] of Object.entries(presigned.fields)) body.append(name, value);
    body.append("file", file);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error("refused")));
    xhr.onerror = () => reject(new Error("network"));
    xhr.open("POST", presigned.url);
    xhr.send(body);
  });
}
