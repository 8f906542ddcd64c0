/**
 * The compact word-vector format: a JSON header line, then the words joined by '\n', then one float32
 * scale per word, then int8 components (words in frequency order, so the index is a frequency rank).
 */
import { gunzipSync } from 'node:zlib';

/** Word vectors in memory: rank-ordered words and dequantisable int8 rows. */
export interface WordVectors {
  dims: number;
  index: Map<string, number>;
  scales: Float32Array;
  data: Int8Array;
}

/** Encodes words and float vectors into the compact format (uncompressed). */
export function encodeWordVectors(words: string[], vectors: number[][], dims: number): Buffer {
  const header = Buffer.from(`${JSON.stringify({ format: 'permabot-wv1', dims, count: words.length })}\n`);
  const wordBytes = Buffer.from(`${words.join('\n')}\n`);
  const scales = new Float32Array(words.length);
  const data = new Int8Array(words.length * dims);
  vectors.forEach((vec, i) => {
    const max = Math.max(1e-9, ...vec.map(Math.abs));
    scales[i] = max / 127;
    for (let d = 0; d < dims; d++) data[i * dims + d] = Math.round(((vec[d] ?? 0) / max) * 127);
  });
  const pad = Buffer.alloc((4 - ((header.length + wordBytes.length) % 4)) % 4, 0x20);
  return Buffer.concat([header, wordBytes, pad, Buffer.from(scales.buffer), Buffer.from(data.buffer)]);
}

/** Decodes a (gzipped or raw) compact word-vector file. */
export function decodeWordVectors(file: Buffer): WordVectors {
  const raw = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  const headerEnd = raw.indexOf(0x0a);
  const header = JSON.parse(raw.subarray(0, headerEnd).toString('utf8')) as {
    format: string;
    dims: number;
    count: number;
  };
  if (header.format !== 'permabot-wv1') throw new Error(`unknown word-vector format ${header.format}`);
  const index = new Map<string, number>();
  let pos = headerEnd + 1;
  for (let i = 0; i < header.count; i++) {
    const end = raw.indexOf(0x0a, pos);
    index.set(raw.toString('utf8', pos, end), i);
    pos = end + 1;
  }
  pos += (4 - (pos % 4)) % 4;
  const scaleBytes = header.count * 4;
  const scales = new Float32Array(raw.buffer.slice(raw.byteOffset + pos, raw.byteOffset + pos + scaleBytes));
  const dataStart = raw.byteOffset + pos + scaleBytes;
  const data = new Int8Array(raw.buffer.slice(dataStart, dataStart + header.count * header.dims));
  return { dims: header.dims, index, scales, data };
}
