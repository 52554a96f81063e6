import type { PresignedUpload } from "@/lib/domain/upload";

export type UploadHandle = {
  /** Resolves when S3 has stored the object; rejects with an UploadError otherwise. */
  done: Promise<void>;
  abort: () => void;
};

export class UploadError extends Error {
  constructor(readonly reason: "aborted" | "network" | "refused") {
    super(reason);
    this.name = "UploadError";
  }
}

/**
 * Posts one file to S3 with a presigned POST: the signed fields first, in the given order, then the file
 * (S3 ignores fields after `file`). XMLHttpRequest rather than fetch because only it reports upload progress.
 */
export function postToS3(
  presigned: Pick<PresignedUpload, "url" | "fields">,
  file: Blob,
  onProgress: (fraction: number) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<void>((resolve, reject) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(presigned.fields)) body.append(name, value);
    body.append("file", file);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(new UploadError("refused"));
    };
    xhr.onerror = () => reject(new UploadError("network"));
    xhr.onabort = () => reject(new UploadError("aborted"));
    xhr.open("POST", presigned.url);
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}
