// Where attachment files live: one small interface with two drivers.
// - A folder on this server's disk (ATTACHMENT_DIR, default .data/lampiran): the default, for one server
//   or several that share the folder.
// - S3-compatible object storage (S3_BUCKET and friends: AWS S3, MinIO, Cloudflare R2, Ceph…): for
//   several app servers, each of which must read what another stored.
// A file's name in the store is its storage key (<yyyy>/<mm>/<random>.<ext>) or, for an image's thumbnail,
// the key + ".kecil.webp". The database holds only the key; nothing outside those names is ever touched.
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getAttachmentDir, getS3Settings, type S3Settings } from "@/lib/server/config";

/** The store cannot be reached or refuses (network, credentials, full disk): try again later. */
export class StorageUnavailableError extends Error {
  override readonly name = "StorageUnavailableError";
  constructor(what: string, options?: { cause?: unknown }) {
    super(`penyimpanan lampiran tidak dapat dipakai: ${what}`, options);
  }
}

/**
 * Whether an error is a StorageUnavailableError. By name, not instanceof: the store is shared through
 * globalThis, and Next bundles this module more than once (instrumentation, routes, server actions), so
 * the store that threw may come from another copy of the class.
 */
export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return error instanceof Error && error.name === "StorageUnavailableError";
}

export const KEY_PATTERN = /^\d{4}\/\d{2}\/[a-f0-9]{32}\.(png|jpg|webp|pdf)$/;
export const THUMBNAIL_SUFFIX = ".kecil.webp";
/** A folder write in progress: <name>.<8 hex>.tmp (renamed into place when complete). */
export const TEMPORARY_PATTERN = /^\d{4}\/\d{2}\/[a-f0-9]{32}\.(png|jpg|webp|pdf)(\.kecil\.webp)?\.[a-f0-9]{8}\.tmp$/;

export type Variant = "original" | "thumbnail";

/** The file's name in the store; throws on a key that is not one of ours (no name can escape the store). */
export function objectName(storageKey: string, variant: Variant = "original"): string {
  if (!KEY_PATTERN.test(storageKey)) throw new Error(`bukan kunci lampiran: ${storageKey}`);
  return variant === "original" ? storageKey : `${storageKey}${THUMBNAIL_SUFFIX}`;
}

export interface StoredObject {
  body: ReadableStream<Uint8Array>;
  size: number;
}

export interface ListedObject {
  name: string;
  modifiedAt: Date;
}

export interface FileStore {
  /** For logs and commands: "folder /srv/lampiran", "s3://bucket/prefix (endpoint)". */
  readonly description: string;
  /** Every app server sees the same files (object storage), so one server's cleanup serves all. */
  readonly shared: boolean;
  put(name: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The file, or null when the store has no such file. */
  read(name: string): Promise<StoredObject | null>;
  /** The file's size, or null when the store has no such file. */
  sizeOf(name: string): Promise<number | null>;
  /** Removes the files that exist; missing ones are no error. */
  remove(names: readonly string[]): Promise<void>;
  /** Every file in the store, ours or not (callers filter by name). */
  list(): AsyncIterable<ListedObject>;
}

// ---------------------------------------------------------------------------------------------------
// The folder

const UNAVAILABLE_FS_CODES = new Set(["ENOSPC", "EACCES", "EPERM", "EROFS", "EIO", "EDQUOT", "ENOTCONN", "ESTALE"]);

function folderFailure(error: unknown, what: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  return code && UNAVAILABLE_FS_CODES.has(code)
    ? new StorageUnavailableError(`${what} (${code})`, { cause: error })
    : error;
}

export function createFolderStore(dir: string): FileStore {
  const root = path.resolve(dir);
  const pathOf = (name: string) => path.join(root, ...name.split("/"));
  return {
    description: `folder ${root}`,
    // A folder may be shared (NFS) or not: each server cleans what it sees, which is safe either way.
    shared: false,
    async put(name, bytes) {
      const target = pathOf(name);
      // Written under a temporary name and renamed: a half-written file is never served.
      const temporary = `${target}.${crypto.randomBytes(4).toString("hex")}.tmp`;
      try {
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        await fs.promises.writeFile(temporary, bytes, { flag: "wx", mode: 0o640 });
        await fs.promises.rename(temporary, target);
      } catch (error) {
        await fs.promises.rm(temporary, { force: true }).catch(() => undefined);
        throw folderFailure(error, `menulis ${name}`);
      }
    },
    async read(name) {
      const file = pathOf(name);
      try {
        const handle = await fs.promises.open(file, "r");
        const { size } = await handle.stat();
        const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
        return { body, size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw folderFailure(error, `membaca ${name}`);
      }
    },
    async sizeOf(name) {
      try {
        return (await fs.promises.stat(pathOf(name))).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw folderFailure(error, `memeriksa ${name}`);
      }
    },
    async remove(names) {
      for (const name of names) await fs.promises.rm(pathOf(name), { force: true });
    },
    async *list() {
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(root, { recursive: true, withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        throw folderFailure(error, "membaca isi folder");
      }
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const full = path.join(entry.parentPath, entry.name);
        const stat = await fs.promises.stat(full).catch(() => null);
        if (stat) yield { name: path.relative(root, full).split(path.sep).join("/"), modifiedAt: stat.mtime };
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// S3-compatible object storage

function isMissing(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  // A wrong bucket is a configuration fault, not a missing file (a HEAD cannot tell them apart).
  if (error.name === "NoSuchBucket") return false;
  return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata?.httpStatusCode === 404;
}

function s3Failure(error: unknown, what: string): StorageUnavailableError {
  const detail =
    error instanceof S3ServiceException
      ? `${error.name} ${error.$metadata?.httpStatusCode ?? ""}`.trim()
      : ((error as Error)?.name ?? "galat");
  return new StorageUnavailableError(`${what} (${detail})`, { cause: error });
}

export function createS3Store(settings: S3Settings): FileStore {
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    ...(settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}),
    // A store that does not answer must not hold a submit for minutes: fail, and the user sends again.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    maxAttempts: 2,
    // Checksums only where S3 requires them: the SDK's newer default (a checksum trailer on every upload)
    // is not understood by every S3-compatible server (older MinIO and Ceph, s3rver).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const bucket = settings.bucket;
  const keyOf = (name: string) => `${settings.prefix}${name}`;
  return {
    description: `s3://${bucket}/${settings.prefix}${settings.endpoint ? ` (${settings.endpoint})` : ""}`,
    shared: true,
    async put(name, bytes, contentType) {
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: keyOf(name),
            Body: bytes,
            ContentType: contentType,
            ContentLength: bytes.length,
          }),
        );
      } catch (error) {
        throw s3Failure(error, `menyimpan ${name}`);
      }
    },
    async read(name) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(name) }));
        if (!answer.Body) return null;
        return {
          body: answer.Body.transformToWebStream() as ReadableStream<Uint8Array>,
          size: answer.ContentLength ?? 0,
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw s3Failure(error, `membaca ${name}`);
      }
    },
    async sizeOf(name) {
      try {
        const answer = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(name) }));
        return answer.ContentLength ?? 0;
      } catch (error) {
        if (isMissing(error)) return null;
        throw s3Failure(error, `memeriksa ${name}`);
      }
    },
    async remove(names) {
      for (let i = 0; i < names.length; i += 1000) {
        const objects = names.slice(i, i + 1000).map((name) => ({ Key: keyOf(name) }));
        try {
          const answer = await client.send(
            new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }),
          );
          const failed = (answer.Errors ?? []).filter((e) => e.Code !== "NoSuchKey");
          if (failed.length > 0)
            throw new Error(`${failed.length} berkas: ${failed[0]?.Code} ${failed[0]?.Message ?? ""}`);
        } catch (error) {
          throw s3Failure(error, "menghapus berkas");
        }
      }
    },
    async *list() {
      let token: string | undefined;
      do {
        let answer;
        try {
          answer = await client.send(
            new ListObjectsV2Command({
              Bucket: bucket,
              Prefix: settings.prefix || undefined,
              ContinuationToken: token,
            }),
          );
        } catch (error) {
          throw s3Failure(error, "membaca daftar berkas");
        }
        for (const object of answer.Contents ?? []) {
          if (object.Key && object.LastModified)
            yield { name: object.Key.slice(settings.prefix.length), modifiedAt: object.LastModified };
        }
        token = answer.IsTruncated ? answer.NextContinuationToken : undefined;
      } while (token);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The app's store

const holder = globalThis as unknown as { __helpdeskFileStore?: { signature: string; store: FileStore } };

/** The store the environment configures: S3 when S3_BUCKET is set, else the folder. Made once per configuration. */
export function getFileStore(): FileStore {
  const s3 = getS3Settings();
  const signature = s3 ? JSON.stringify(s3) : `folder:${getAttachmentDir()}`;
  if (holder.__helpdeskFileStore?.signature !== signature) {
    holder.__helpdeskFileStore = { signature, store: s3 ? createS3Store(s3) : createFolderStore(getAttachmentDir()) };
  }
  return holder.__helpdeskFileStore.store;
}
