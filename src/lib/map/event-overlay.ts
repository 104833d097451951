/**
 * The event overlay: a WebGL2 canvas of its own laid over the map's, on which the event layers
 * draw. A slider tick redraws this canvas alone (one draw call per layer) and never the basemap.
 * A camera move redraws it inside MapLibre's own frame, through a custom layer that draws nothing
 * and hands over the map's projection matrix, so that the two canvases always agree.
 */
import type { CustomLayerInterface, Map as MapLibreMap } from 'maplibre-gl';
import { createEventProgram, type EventLayer, type EventProgram } from './event-layer';

export class EventOverlay {
  readonly canvas: HTMLCanvasElement;
  /** Frames drawn (tests and the benchmark read it). */
  readonly stats = { frames: 0 };
  /** Goes into the map's style (on top): each map frame hands its matrix over and draws the events. */
  readonly cameraLayer: CustomLayerInterface;

  private readonly gl: WebGL2RenderingContext;
  /** One program for every layer (see createEventProgram); null while the context is lost. */
  private program: EventProgram | null = null;
  /** The map's last projection matrix (mercator units → clip space); null before its first frame. */
  private matrix: Float32Array | null = null;
  private frame = 0;
  private waiting: (() => void)[] = [];

  /** The layers drawn, bottom first. */
  readonly layers: EventLayer[] = [];

  constructor(
    private readonly map: MapLibreMap,
    layers: EventLayer[] = []
  ) {
    const canvas = document.createElement('canvas');
    canvas.className = 'event-overlay';
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none';
    const gl = canvas.getContext('webgl2', {
      alpha: true,
      premultipliedAlpha: true,
      antialias: false,
      depth: false,
      stencil: false,
      // Exports copy the canvas after it was drawn.
      preserveDrawingBuffer: true
    });
    if (!gl) throw new Error('WebGL2 is not available for the event overlay');
    this.canvas = canvas;
    this.gl = gl;
    map.getCanvas().after(canvas);
    this.program = createEventProgram(gl);
    for (const layer of layers) this.add(layer);
    canvas.addEventListener('webglcontextlost', (e) => {
      e.preventDefault(); // ask for the context back
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.program = null;
      for (const layer of this.layers) layer.detach(null);
    });
    canvas.addEventListener('webglcontextrestored', () => {
      this.attach();
      this.request();
    });
    this.cameraLayer = {
      id: 'event-camera',
      type: 'custom',
      renderingMode: '2d',
      render: (_gl, options) => {
        const next = options.defaultProjectionData.mainMatrix;
        // A map frame that did not move the camera (a tile arrived, a label faded in) leaves the
        // events as they are: the canvas keeps its last frame, and is not composited again.
        if (this.frame === 0 && this.matrix && sameMatrix(this.matrix, next) && this.sized())
          return;
        this.matrix ??= new Float32Array(16);
        this.matrix.set(next);
        this.draw();
      }
    };
  }

  /** Builds the program and the layers' buffers in the (new or restored) context. */
  private attach(): void {
    this.program = createEventProgram(this.gl);
    for (const layer of this.layers) layer.attach(this.gl, this.program);
  }

  /** Draws `layer` too: over the layers added before it, or under them all with `under`. */
  add(layer: EventLayer, under = false): void {
    if (under) this.layers.unshift(layer);
    else this.layers.push(layer);
    layer.onchange = () => this.request();
    if (this.program) layer.attach(this.gl, this.program);
    this.request();
  }

  /** Stops drawing `layer` and frees its buffers. */
  remove(layer: EventLayer): void {
    const i = this.layers.indexOf(layer);
    if (i < 0) return;
    this.layers.splice(i, 1);
    layer.detach(this.gl.isContextLost() ? null : this.gl);
    layer.onchange = () => {};
    this.request();
  }

  /** Draws at the next animation frame (several changes in one frame draw once). */
  request(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.draw());
  }

  /** Resolves once the overlay has drawn its next frame. */
  drawn(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** True if this canvas already has the map canvas's size. */
  private sized(): boolean {
    const source = this.map.getCanvas();
    return this.canvas.width === source.width && this.canvas.height === source.height;
  }

  /** Draws every layer now, at the map's size and with its last matrix. */
  draw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const { gl, canvas, matrix } = this;
    if (!matrix || gl.isContextLost()) return;
    const source = this.map.getCanvas();
    if (canvas.width !== source.width || canvas.height !== source.height) {
      canvas.width = source.width;
      canvas.height = source.height;
    }
    if (canvas.style.width !== source.style.width) canvas.style.width = source.style.width;
    if (canvas.style.height !== source.style.height) canvas.style.height = source.style.height;
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    const ratio = this.map.getPixelRatio();
    for (const layer of this.layers) layer.draw(gl, matrix, ratio);
    this.stats.frames++;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** Frees the layers' buffers and the context, and takes the canvas away. */
  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const layer of this.layers) {
      layer.detach(this.gl);
      layer.onchange = () => {};
    }
    if (this.program) this.gl.deleteProgram(this.program.program);
    this.program = null;
    this.gl.getExtension('WEBGL_lose_context')?.loseContext();
    this.canvas.remove();
  }
}

function sameMatrix(a: Float32Array, b: ArrayLike<number>): boolean {
  for (let i = 0; i < 16; i++) if (a[i] !== Math.fround(b[i])) return false;
  return true;
}
