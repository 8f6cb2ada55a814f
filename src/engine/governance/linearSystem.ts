/**
 * Small dense linear algebra for the bargaining solvers: Gaussian
 * elimination with partial pivoting, and a damped least-squares step
 * (Levenberg 1944, "A method for the solution of certain non-linear problems
 * in least squares", Quarterly of Applied Mathematics 2:164-168).
 */

/**
 * Solves A x = b for a square matrix A (row-major, not modified).
 * Returns null when A is singular to working precision.
 */
export function solveLinearSystem(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  let scale = 0;
  for (const row of a) for (const v of row) scale = Math.max(scale, Math.abs(v));
  if (!(scale > 0)) return null;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (!(Math.abs(m[p]![c]!) > 1e-14 * scale)) return null;
    if (p !== c) [m[p], m[c]] = [m[c]!, m[p]!];
    const pivot = m[c]![c]!;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x.every(Number.isFinite) ? x : null;
}

/**
 * The damped least-squares step dz minimising |J dz + F|^2 + lambda |dz|^2
 * for a Jacobian J (rows: equations, columns: unknowns): the Gauss-Newton
 * step when lambda is 0 and J has full column rank, a shorter step along the
 * gradient as lambda grows. Null when the normal equations are singular.
 */
export function dampedLeastSquaresStep(j: readonly (readonly number[])[], f: readonly number[], lambda: number): number[] | null {
  const rows = j.length;
  const cols = rows > 0 ? j[0]!.length : 0;
  const ata: number[][] = Array.from({ length: cols }, () => new Array<number>(cols).fill(0));
  const atf = new Array<number>(cols).fill(0);
  for (let r = 0; r < rows; r++) {
    const row = j[r]!;
    for (let a = 0; a < cols; a++) {
      const ra = row[a]!;
      if (ra === 0) continue;
      atf[a]! -= ra * f[r]!;
      for (let b = a; b < cols; b++) ata[a]![b]! += ra * row[b]!;
    }
  }
  let top = 0;
  for (let a = 0; a < cols; a++) top = Math.max(top, ata[a]![a]!);
  if (!(top > 0)) return null;
  for (let a = 0; a < cols; a++) {
    for (let b = 0; b < a; b++) ata[a]![b] = ata[b]![a]!;
    // Marquardt's scaling, with a floor so that directions the equations ignore stay put.
    ata[a]![a]! += lambda * Math.max(ata[a]![a]!, 1e-6 * top);
  }
  return solveLinearSystem(ata, atf);
}
