// A real S3-protocol server on 127.0.0.1 for tests (s3rver, serving a temporary folder): the app's S3
// driver talks to it over HTTP exactly as to AWS S3 or MinIO. It can be stopped and started again on
// the same port and folder, to test storage that goes away and comes back.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export interface LocalS3 {
  endpoint: string;
  port: number;
  bucket: string;
  /** The variables that point the app at it. */
  env: Record<string, string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

/** s3rver's built-in credentials. */
const KEY = "S3RVER";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startLocalS3({
  bucket = "lampiran-uji",
  port,
}: { bucket?: string; port?: number } = {}): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-s3-"));
  const chosenPort = port ?? (await freePort());
  let server: S3rver | null = null;
  const start = async () => {
    if (server) return;
    server = new S3rver({
      address: "127.0.0.1",
      port: chosenPort,
      silent: true,
      directory,
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    await server.run();
  };
  const stop = async () => {
    const running = server;
    server = null;
    await running?.close();
  };
  await start();
  const endpoint = `http://127.0.0.1:${chosenPort}`;
  return {
    endpoint,
    port: chosenPort,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: KEY,
      S3_SECRET_ACCESS_KEY: KEY,
    },
    start,
    stop,
    async destroy() {
      await stop();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
