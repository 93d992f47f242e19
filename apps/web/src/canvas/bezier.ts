/** A point on the canvas, in flow coordinates. */
export interface Point {
  x: number;
  y: number;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/gi;

/**
 * The point at `t` (0 start, 1 end) along a cubic Bézier path as React Flow's
 * `getBezierPath` writes it (`M x,y C x1,y1 x2,y2 x,y`); null for any other shape.
 */
export function pointOnBezier(path: string, t: number): Point | null {
  const n = (path.match(NUMBER) ?? []).map(Number);
  if (n.length !== 8) return null;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = n;
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * x0 + b * x1 + c * x2 + d * x3, y: a * y0 + b * y1 + c * y2 + d * y3 };
}
