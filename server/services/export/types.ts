/** A file the server produces: its name, its type and its content as it is read (streamed). */
export interface ExportFile {
  filename: string;
  contentType: string;
  chunks: AsyncIterable<string>;
}
