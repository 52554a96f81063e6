import {
  type BucketLocationConstraint,
  CreateBucketCommand,
  HeadBucketCommand,
  PutBucketCorsCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";

/**
 * Creates the bucket when it is missing; returns true when it created it. With `corsOrigins`, a bucket it
 * creates also gets CORS for browser uploads (an existing bucket's CORS is left as its owner set it).
 */
export async function ensureBucket(opts: {
  endpoint?: string;
  region?: string;
  bucket: string;
  corsOrigins?: string[];
}): Promise<boolean> {
  const region = opts.region ?? "us-east-1";
  const client = new S3Client({
    endpoint: opts.endpoint,
    region,
    forcePathStyle: Boolean(opts.endpoint),
    credentials: opts.endpoint ? { accessKeyId: "local", secretAccessKey: "local" } : undefined,
  });
  try {
    try {
      await client.send(new HeadBucketCommand({ Bucket: opts.bucket }));
      return false;
    } catch (e) {
      const status = e instanceof S3ServiceException ? e.$metadata.httpStatusCode : undefined;
      if (status !== 404) throw e;
    }
    await client.send(
      new CreateBucketCommand({
        Bucket: opts.bucket,
        // Outside us-east-1, S3 wants the region named again (and refuses it inside us-east-1).
        CreateBucketConfiguration:
          region === "us-east-1" ? undefined : { LocationConstraint: region as BucketLocationConstraint },
      }),
    );
    if (opts.corsOrigins?.length) {
      await client.send(
        new PutBucketCorsCommand({
          Bucket: opts.bucket,
          CORSConfiguration: {
            CORSRules: [
              {
                AllowedOrigins: opts.corsOrigins,
                AllowedMethods: ["GET", "PUT", "POST", "HEAD"],
                AllowedHeaders: ["*"],
                ExposeHeaders: ["ETag"],
                MaxAgeSeconds: 3000,
              },
            ],
          },
        }),
      );
    }
    return true;
  } finally {
    client.destroy();
  }
}
