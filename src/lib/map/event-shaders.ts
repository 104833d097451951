/**
 * GLSL for the event layer. `opacity()` is the GPU twin of `eventOpacity` in time/modes.ts: keep
 * the two in step (the browser tests compare what is drawn with what the list shows).
 */
import { CUMULATIVE_FLOOR, modeIndex } from '$lib/time/modes';
import { SHAPES } from '$lib/model/event-types';
import { EVENT_TYPES } from '$lib/model/event-types';
import { FLAG_IMPRECISE, FLAG_INFERRED, MARK_HIDDEN, MARK_HIGHLIGHT } from './event-bits';

/** Slider-days over which a new event is drawn larger, with a ring ("pulse"). */
export const PULSE_DAYS = 10;

const TYPE_COUNT = EVENT_TYPES.length;

export const VERTEX_SHADER = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 u_matrix;
uniform vec2 u_viewport;
uniform float u_pixel_ratio;
uniform float u_size;
uniform float u_time;
uniform float u_window;
uniform float u_pulse_days;
uniform int u_mode;
uniform int u_type_mask;
uniform int u_selected;
uniform int u_hover;
uniform vec3 u_colors[${TYPE_COUNT}];
uniform float u_shapes[${TYPE_COUNT}];
in vec2 a_pos;
in vec2 a_offset;
in vec2 a_time;
in vec2 a_style;
in float a_mark;
out vec3 v_color;
out float v_alpha;
out float v_shape;
out float v_flags;
out float v_pulse;
out float v_emph;
out float v_ratio;

float opacity(float s, float e, float t) {
  if (t < s) return 0.0;
  if (t < e + 1.0) return 1.0;
  float since = t - (e + 1.0);
  if (u_mode == ${modeIndex('instant')}) return 0.0;
  if (u_mode == ${modeIndex('window')}) return since < u_window ? 1.0 - since / u_window : 0.0;
  return max(${CUMULATIVE_FLOOR.toFixed(3)}, 1.0 - since / max(u_window, 1.0));
}

void main() {
  int type = int(a_style.x + 0.5);
  int mark = int(a_mark + 0.5);
  float alpha = ((u_type_mask >> type) & 1) == 1 && (mark & ${MARK_HIDDEN}) == 0 ? opacity(a_time.x, a_time.y, u_time) : 0.0;
  if (alpha <= 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  bool selected = gl_VertexID == u_selected || (mark & ${MARK_HIGHLIGHT}) == ${MARK_HIGHLIGHT};
  bool hovered = gl_VertexID == u_hover;
  float pulse = u_pulse_days > 0.0 ? clamp(1.0 - (u_time - a_time.x) / u_pulse_days, 0.0, 1.0) : 0.0;
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  p.xy += vec2(a_offset.x, -a_offset.y) * u_pixel_ratio * 2.0 / u_viewport * p.w;
  gl_Position = p;
  float size = u_size * (selected ? 1.5 : hovered ? 1.3 : 1.0) * (1.0 + 0.35 * pulse);
  float ratio = 1.0 + (pulse > 0.0 || selected ? 0.8 : 0.35);
  gl_PointSize = size * ratio * u_pixel_ratio;
  v_ratio = ratio;
  v_color = u_colors[type];
  v_alpha = alpha;
  v_shape = u_shapes[type];
  v_flags = a_style.y;
  v_pulse = pulse;
  v_emph = selected ? 2.0 : hovered ? 1.0 : 0.0;
}
`;

export const FRAGMENT_SHADER = `#version 300 es
precision highp float;
in vec3 v_color;
in float v_alpha;
in float v_shape;
in float v_flags;
in float v_pulse;
in float v_emph;
in float v_ratio;
out vec4 fragColor;

// Signed distance to each shape, in units of the shape's half-size (1 = edge of a circle).
float shapeDist(vec2 p, int s) {
  vec2 a = abs(p);
  if (s == ${SHAPES.indexOf('square')}) return max(a.x, a.y) - 0.82;
  if (s == ${SHAPES.indexOf('diamond')}) return (a.x + a.y) * 0.8 - 0.9;
  if (s == ${SHAPES.indexOf('triangle')}) return max(a.x * 0.866 - p.y * 0.5, p.y) * 1.6 - 0.6;
  if (s == ${SHAPES.indexOf('triangle-down')}) return max(a.x * 0.866 + p.y * 0.5, -p.y) * 1.6 - 0.6;
  if (s == ${SHAPES.indexOf('plus')}) return min(max(a.x - 0.34, a.y - 0.95), max(a.x - 0.95, a.y - 0.34));
  if (s == ${SHAPES.indexOf('cross')}) {
    vec2 r = abs(vec2(p.x + p.y, p.x - p.y) * 0.7071);
    return min(max(r.x - 0.3, r.y - 1.0), max(r.x - 1.0, r.y - 0.3));
  }
  if (s == ${SHAPES.indexOf('star')}) {
    float ang = atan(p.x, p.y);
    float k = 0.5 + 0.5 * cos(5.0 * ang);
    return length(p) - mix(0.5, 1.05, k);
  }
  return length(p) - 0.95;
}

void main() {
  vec2 p = (gl_PointCoord * 2.0 - 1.0) * v_ratio;
  float aa = fwidth(p.x);
  float d = shapeDist(p, int(v_shape + 0.5));
  int flags = int(v_flags + 0.5);
  bool hollow = (flags & ${FLAG_IMPRECISE}) == ${FLAG_IMPRECISE};
  bool inferred = (flags & ${FLAG_INFERRED}) == ${FLAG_INFERRED};
  float outline = 0.28;
  float fillA = 1.0 - smoothstep(-aa, aa, d);
  float haloA = 1.0 - smoothstep(-aa, aa, d - outline);
  vec3 col = v_color;
  float a = fillA;
  if (hollow) {
    float inner = 1.0 - smoothstep(-aa, aa, d + 0.38);
    a = fillA - inner;
  }
  // white halo around the shape for contrast on any ground
  vec4 c = vec4(mix(vec3(1.0), col, a), max(a, haloA * 0.9));
  // pulse ring for new events, dark ring for the selection
  float r = length(p);
  if (v_pulse > 0.0) {
    float ringR = 1.1 + 0.6 * (1.0 - v_pulse);
    float ring = 1.0 - smoothstep(0.0, aa * 1.5 + 0.06, abs(r - ringR));
    c = mix(c, vec4(col, 1.0), ring * v_pulse * (1.0 - c.a));
    c.a = max(c.a, ring * v_pulse);
  }
  if (inferred) {
    // a dashed ring: the source does not name the place
    float ring = 1.0 - smoothstep(0.0, aa * 1.5 + 0.05, abs(r - 1.18));
    float dash = step(0.5, fract(atan(p.y, p.x) * 1.909859));
    c = vec4(mix(c.rgb, vec3(0.2), ring * dash), max(c.a, ring * dash));
  }
  if (v_emph > 0.0) {
    float ring = 1.0 - smoothstep(0.0, aa * 1.5 + 0.08, abs(r - 1.45));
    vec3 ringCol = v_emph > 1.5 ? vec3(0.07) : vec3(0.3);
    c = vec4(mix(c.rgb, ringCol, ring), max(c.a, ring));
  }
  float alpha = c.a * v_alpha;
  if (alpha < 0.01) discard;
  fragColor = vec4(c.rgb * alpha, alpha);
}
`;
