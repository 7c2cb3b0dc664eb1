// Float and Double bit conversions, String.intern and StringUTF16's byte order.
import type { NativeRegistry } from '../../registry.js';
import type { JavaObject } from '../../../runtime/object.js';
import {
  floatToRawIntBits,
  intBitsToFloat,
  doubleToRawLongBits,
  longBitsToDouble,
} from '../../../runtime/numeric.js';
import { L, toBigInt } from '../../../runtime/long.js';

export function register(reg: NativeRegistry): void {
  reg.addAll('java/lang/Float', {
    'floatToRawIntBits(F)I': (_t, a) => floatToRawIntBits(a[0] as number),
    'intBitsToFloat(I)F': (_t, a) => intBitsToFloat(a[0] as number),
  });
  reg.addAll('java/lang/Double', {
    'doubleToRawLongBits(D)J': (_t, a) => {
      const lo = doubleToRawLongBits(a[0] as number);
      return toBigInt(lo, L.hi);
    },
    'longBitsToDouble(J)D': (_t, a) => longBitsToDouble(a[0] as number, a[1] as number),
  });
  reg.add('java/lang/String', 'intern()Ljava/lang/String;', (t, a) => t.vm.internString(a[0] as JavaObject));
  // Java Strings' UTF-16 bytes are little-endian, matching typed-array views on every supported host.
  reg.add('java/lang/StringUTF16', 'isBigEndian()Z', () => 0);
}
