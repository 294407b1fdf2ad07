package dev.bobsync.compensation;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a dataset in one format; the stream is flushed, never closed. */
interface DatasetWriter {
  void write(Dataset dataset, OutputStream out) throws IOException;
}
