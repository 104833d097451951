/**
 * One set of events (the built-in data, or the imported layers) drawn as point sprites with
 * WebGL2. Each event's start and end are vertex attributes and the slider time is a uniform, so
 * moving the slider sets a uniform: no source reload, no setFilter, no setData. The layers draw
 * into the event overlay (`event-overlay.ts`), a canvas of their own over the map.
 */
import { EVENT_TYPES, SHAPES, rgb } from '$lib/model/event-types';
import { modeIndex, type TimeMode } from '$lib/time/modes';
import { MARK_HIDDEN, MARK_HIGHLIGHT } from './event-bits';
import { FRAGMENT_SHADER, VERTEX_SHADER } from './event-shaders';
import type { EventPoints } from './event-points';

/** What the layer draws with; changing any of it only sets uniforms. */
export interface EventLayerState {
  time: number;
  mode: TimeMode;
  windowDays: number;
  /** Bit i set = type i shown. */
  typeMask: number;
  selected: number;
  hover: number;
  /** Base symbol size in CSS pixels. */
  size: number;
  /** Slider-days over which a new event pulses; 0 when the viewer prefers reduced motion. */
  pulseDays: number;
}

const ATTRIBUTES = ['a_pos', 'a_offset', 'a_time', 'a_style', 'a_mark'] as const;
/** Components per vertex of each attribute. */
const SIZES = [2, 2, 2, 2, 1] as const;
const UNIFORMS = [
  'u_matrix',
  'u_viewport',
  'u_pixel_ratio',
  'u_size',
  'u_time',
  'u_window',
  'u_pulse_days',
  'u_mode',
  'u_type_mask',
  'u_selected',
  'u_hover',
  'u_colors',
  'u_shapes'
] as const;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`event layer shader: ${gl.getShaderInfoLog(shader)}`);
  }
  return shader;
}

/** The program every event layer of one context draws with, and its uniform locations. */
export interface EventProgram {
  program: WebGLProgram;
  uniforms: Partial<Record<(typeof UNIFORMS)[number], WebGLUniformLocation | null>>;
}

/**
 * Compiles and links the event program once per context: the layers share it, because under a
 * software GPU each link is tens of milliseconds of the first load.
 */
export function createEventProgram(gl: WebGL2RenderingContext): EventProgram {
  const program = gl.createProgram()!;
  gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX_SHADER));
  gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
  ATTRIBUTES.forEach((name, i) => gl.bindAttribLocation(program, i, name));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
    throw new Error(`event layer program: ${gl.getProgramInfoLog(program)}`);
  }
  const uniforms: EventProgram['uniforms'] = {};
  for (const name of UNIFORMS) {
    uniforms[name] = gl.getUniformLocation(
      program,
      name === 'u_colors' || name === 'u_shapes' ? `${name}[0]` : name
    );
  }
  return { program, uniforms };
}

/** Marks for `count` events: highlighted indices, and those failing `passes`. */
export function buildMarks(
  count: number,
  highlighted: readonly number[],
  passes: ((i: number) => boolean) | null
): Float32Array {
  const marks = new Float32Array(count);
  if (passes) for (let i = 0; i < count; i++) if (!passes(i)) marks[i] = MARK_HIDDEN;
  for (const i of highlighted) if (i >= 0 && i < count) marks[i] += MARK_HIGHLIGHT;
  return marks;
}

/** The type colours and shapes, as the shader's uniform arrays. */
const COLORS = new Float32Array(EVENT_TYPES.flatMap((t) => rgb(t.color)));
const SHAPE_INDICES = new Float32Array(EVENT_TYPES.map((t) => SHAPES.indexOf(t.shape)));

export class EventLayer {
  readonly id: string;
  /** What the tests and benchmarks read: buffer uploads, frames drawn, the day last drawn. */
  readonly stats = { uploads: 0, frames: 0, drawnDay: NaN };
  /** Called when something the layer draws has changed (the overlay then draws a frame). */
  onchange: () => void = () => {};

  /** The context's event program (see createEventProgram); null while detached. */
  private shared: EventProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private buffers: WebGLBuffer[] = [];
  /** The events drawn (read by tests and benchmarks). */
  points: EventPoints | null = null;
  private dirty = false;
  private state: EventLayerState;

  /** The current pulse length (tests read it). */
  get pulseDays(): number {
    return this.state.pulseDays;
  }

  constructor(id: string, state: EventLayerState) {
    this.id = id;
    this.state = { ...state };
  }

  private marks: Float32Array = new Float32Array(0);
  private marksDirty = false;

  /** Replaces the events (a load or an import): the only time the event buffers are uploaded. */
  setPoints(points: EventPoints): void {
    this.points = points;
    this.marks = new Float32Array(points.count);
    this.dirty = true;
    this.onchange();
  }

  /**
   * Per-event marks: MARK_HIGHLIGHT (a lecture scene's highlights) and MARK_HIDDEN (filtered out by
   * actor, place or source). Changes with the filters or the scene, never with the slider.
   */
  setMarks(marks: Float32Array): void {
    this.marks =
      marks.length === (this.points?.count ?? 0)
        ? marks
        : new Float32Array(this.points?.count ?? 0);
    this.marksDirty = true;
    this.onchange();
  }

  /** Updates uniforms (time, mode, filters, selection); the overlay draws again. */
  update(patch: Partial<EventLayerState>): void {
    let changed = false;
    for (const key of Object.keys(patch) as (keyof EventLayerState)[]) {
      if (patch[key] !== undefined && this.state[key] !== patch[key]) {
        (this.state as unknown as Record<string, unknown>)[key] = patch[key];
        changed = true;
      }
    }
    if (changed) this.onchange();
  }

  /** Creates the buffers in a (new or restored) context, to draw with `shared`; the events upload on draw. */
  attach(gl: WebGL2RenderingContext, shared: EventProgram): void {
    this.shared = shared;
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    this.buffers = ATTRIBUTES.map((_, i) => {
      const buffer = gl.createBuffer()!;
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.enableVertexAttribArray(i);
      gl.vertexAttribPointer(i, SIZES[i], gl.FLOAT, false, 0, 0);
      return buffer;
    });
    gl.bindVertexArray(null);
    // A fresh context (first attach, or after a lost context was restored): upload everything again.
    this.dirty = this.points !== null;
    this.marksDirty = true;
  }

  /** Frees the buffers (the context and the shared program stay). After a lost context, just drop them. */
  detach(gl: WebGL2RenderingContext | null): void {
    if (gl) {
      this.buffers.forEach((b) => gl.deleteBuffer(b));
      if (this.vao) gl.deleteVertexArray(this.vao);
    }
    this.buffers = [];
    this.vao = null;
    this.shared = null;
  }

  private upload(gl: WebGL2RenderingContext, points: EventPoints): void {
    const arrays = [points.pos, points.offset, points.time, points.style];
    arrays.forEach((data, i) => {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers[i]);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
    });
    this.stats.uploads++;
    this.dirty = false;
    this.marksDirty = true;
  }

  /** Draws the events with the map's projection matrix (mercator units → clip space). */
  draw(
    gl: WebGL2RenderingContext,
    matrix: Float32Array,
    ratio = window.devicePixelRatio || 1
  ): void {
    const { shared, points } = this;
    if (!shared || !points || !this.vao) return;
    gl.useProgram(shared.program);
    gl.bindVertexArray(this.vao);
    if (this.dirty) this.upload(gl, points);
    if (this.marksDirty) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers[4]);
      gl.bufferData(gl.ARRAY_BUFFER, this.marks, gl.DYNAMIC_DRAW);
      this.marksDirty = false;
    }
    const s = this.state;
    const u = shared.uniforms;
    gl.uniformMatrix4fv(u.u_matrix!, false, matrix);
    gl.uniform2f(u.u_viewport!, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.uniform1f(u.u_pixel_ratio!, ratio);
    gl.uniform1f(u.u_size!, s.size);
    gl.uniform1f(u.u_time!, s.time);
    gl.uniform1f(u.u_window!, s.windowDays);
    gl.uniform1f(u.u_pulse_days!, s.pulseDays);
    gl.uniform1i(u.u_mode!, modeIndex(s.mode));
    gl.uniform1i(u.u_type_mask!, s.typeMask);
    gl.uniform1i(u.u_selected!, s.selected);
    gl.uniform1i(u.u_hover!, s.hover);
    gl.uniform3fv(u.u_colors!, COLORS);
    gl.uniform1fv(u.u_shapes!, SHAPE_INDICES);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.drawArrays(gl.POINTS, 0, points.count);
    gl.bindVertexArray(null);
    this.stats.frames++;
    this.stats.drawnDay = s.time;
  }
}
