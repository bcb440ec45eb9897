// A local stand-in for a raster tile server: `GET /tiles/{z}/{x}/{y}.png` answers a small PNG (CORS
// open, like Plan IGN), and every request is counted. Tests point TILE_URL at it and stay off the
// internet.
import { createServer, type Server } from 'node:http';
import { testPng } from '../pages/technician-fixtures.ts';

export interface TileFixture {
  /** The template to give as TILE_URL. */
  template: string;
  origin: string;
  /** Tile paths received, in order (`/tiles/z/x/y.png`). */
  requests: string[];
  close(): Promise<void>;
}

const TILE = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/;

export async function startTileFixture(): Promise<TileFixture> {
  const requests: string[] = [];
  const png = testPng(7, 256, 256);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    res.setHeader('access-control-allow-origin', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (!TILE.test(path)) return void res.writeHead(404).end();
    requests.push(path);
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length }).end(png);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    template: `${origin}/tiles/{z}/{x}/{y}.png`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser's keep-alive sockets would hold close() open
      }),
  };
}
