// java.lang.StrictMath natives: fdlibm results bit for bit (a port, never JS Math, whose results vary).
import type { NativeRegistry, NativeFn } from '../../registry.js';
import * as fdlibm from './fdlibm.js';

export function register(reg: NativeRegistry): void {
  const unary: [string, (x: number) => number][] = [
    ['sin', fdlibm.sin],
    ['cos', fdlibm.cos],
    ['tan', fdlibm.tan],
    ['asin', fdlibm.asin],
    ['acos', fdlibm.acos],
    ['atan', fdlibm.atan],
    ['exp', fdlibm.exp],
    ['log', fdlibm.log],
    ['log10', fdlibm.log10],
    ['log1p', fdlibm.log1p],
    ['expm1', fdlibm.expm1],
    ['sqrt', fdlibm.sqrt],
    ['cbrt', fdlibm.cbrt],
    ['sinh', fdlibm.sinh],
    ['cosh', fdlibm.cosh],
    ['tanh', fdlibm.tanh],
  ];
  const fns: Record<string, NativeFn> = {};
  for (const [name, f] of unary) fns[`${name}(D)D`] = (_t, a) => f(a[0] as number);
  const binary: [string, (x: number, y: number) => number][] = [
    ['atan2', fdlibm.atan2],
    ['pow', fdlibm.pow],
    ['hypot', fdlibm.hypot],
    ['IEEEremainder', fdlibm.IEEEremainder],
  ];
  for (const [name, f] of binary) fns[`${name}(DD)D`] = (_t, a) => f(a[0] as number, a[2] as number);
  reg.addAll('java/lang/StrictMath', fns);
}
