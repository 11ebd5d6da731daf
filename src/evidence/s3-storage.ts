import type { S3Client } from '@aws-sdk/client-s3';
import {
  assertStorageKey,
  EvidenceNotFoundError,
  type EvidenceStorage,
  EvidenceStorageError,
} from './evidence-storage.ts';

/** Where an S3-compatible bucket is and how to sign in to it (MinIO, Ceph, a cloud bucket). */
export interface S3StorageSettings {
  bucket: string;
  /** Key prefix inside the bucket (several Suar installations may share one). */
  prefix: string;
  region: string;
  /** For MinIO, Ceph and other non-AWS stores; absent: AWS itself. */
  endpoint: string | undefined;
  /** Bucket in the path rather than the host name (MinIO and most self-hosted stores want this). */
  forcePathStyle: boolean;
  /** Absent: the SDK's default chain (environment, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
}

/**
 * Evidence in an S3-compatible bucket. The SDK loads on first use, so a start that never touches evidence
 * does not pay for it.
 */
export function s3Storage(settings: S3StorageSettings): EvidenceStorage {
  let client: Promise<{ s3: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;
  const connect = () => {
    client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        region: settings.region,
        forcePathStyle: settings.forcePathStyle,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.credentials ? { credentials: settings.credentials } : {}),
      }),
    }));
    return client;
  };
  const objectKey = (key: string) => {
    assertStorageKey(key);
    return `${settings.prefix}${key}`;
  };
  return {
    describe: `s3 bucket ${settings.bucket}${settings.endpoint ? ` at ${new URL(settings.endpoint).host}` : ''}`,
    async put(key, bytes) {
      const Key = objectKey(key);
      const { s3, sdk } = await connect();
      try {
        await s3.send(
          new sdk.PutObjectCommand({
            Bucket: settings.bucket,
            Key,
            Body: bytes,
            ContentType: 'application/octet-stream',
          }),
        );
      } catch (error) {
        throw new EvidenceStorageError(`could not write to the evidence bucket (${nameOf(error)})`, {
          cause: error,
        });
      }
    },
    async get(key) {
      const Key = objectKey(key);
      const { s3, sdk } = await connect();
      try {
        const answer = await s3.send(new sdk.GetObjectCommand({ Bucket: settings.bucket, Key }));
        if (!answer.Body) throw new EvidenceNotFoundError(key);
        return await answer.Body.transformToByteArray();
      } catch (error) {
        if (error instanceof EvidenceNotFoundError) throw error;
        if (nameOf(error) === 'NoSuchKey' || statusOf(error) === 404) throw new EvidenceNotFoundError(key);
        throw new EvidenceStorageError(`could not read the evidence bucket (${nameOf(error)})`, {
          cause: error,
        });
      }
    },
    async delete(key) {
      const Key = objectKey(key);
      const { s3, sdk } = await connect();
      try {
        await s3.send(new sdk.DeleteObjectCommand({ Bucket: settings.bucket, Key }));
      } catch (error) {
        if (nameOf(error) === 'NoSuchKey' || statusOf(error) === 404) return;
        throw new EvidenceStorageError(`could not delete from the evidence bucket (${nameOf(error)})`, {
          cause: error,
        });
      }
    },
  };
}

function nameOf(error: unknown): string {
  return (error as { name?: string }).name ?? 'error';
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}
