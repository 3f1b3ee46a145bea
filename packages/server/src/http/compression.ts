import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Levels chosen with `bench/compression.mjs` (bench/README.md): brotli 4 and gzip 6 shrink the
 * JSON answers nearly as much as the top levels at a small part of their CPU time. Built web
 * assets never come here: they are compressed once at build time and sent as files (web-app.ts).
 */
export const dynamicCompression = {
  brotliQuality: 4,
  gzipLevel: 6,
  /** Smaller answers gain too little to pay for the CPU and the extra header. */
  thresholdBytes: 1024,
  /**
   * Up to this size an answer is compressed in one synchronous call (~2 ms for the 72 KB exercise
   * list at brotli 4). The plugin's default (8 KB on 2 cores) streams larger ones through zlib
   * streams, which the bench measured 7× slower under load: each brotli stream sets up its full window.
   */
  syncThresholdBytes: 256 * 1024,
} as const;

/**
 * BREACH: an answer that carries a secret beside input the request chose must not be compressed,
 * or its length leaks the secret byte by byte. Such routes set this (ARCHITECTURE.md lists them).
 */
export const neverCompress = { compress: false } as const;

/** Compresses JSON and text answers of 1 KB or more (br, else gzip) by the request's Accept-Encoding. */
export async function registerCompression(
  app: FastifyInstance,
  thresholdBytes: number = dynamicCompression.thresholdBytes,
): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: thresholdBytes,
    syncThreshold: dynamicCompression.syncThresholdBytes,
    encodings: ['br', 'gzip'],
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: dynamicCompression.brotliQuality,
      },
    },
    zlibOptions: { level: dynamicCompression.gzipLevel },
    // Request bodies are never compressed by our clients; inflating them would let a small upload
    // expand past the body limit before it is checked.
    globalDecompression: false,
  });
}
