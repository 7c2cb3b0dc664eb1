// jdk.internal.util.SystemProps$Raw: the platform and VM properties HotSpot reports, for this JDK and host.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JValue } from '../../../../runtime/object.js';
import { refArray } from '../../../util.js';
import { CpTag } from '../../../../classfile/types.js';

/** The `_<name>_NDX` constants of SystemProps$Raw, read from its class file so the layout always matches. */
function platformIndexes(t: JavaThread): Map<string, number> {
  const raw = t.vm.bootLoad('jdk/internal/util/SystemProps$Raw');
  const out = new Map<string, number>();
  const cf = raw.classFile!;
  for (const f of cf.fields) {
    const m = /^_(.*)_NDX$/.exec(f.name);
    if (!m && f.name !== 'FIXED_LENGTH') continue;
    const e = cf.constantPool[f.constantValueIndex];
    if (e && e.tag === CpTag.Integer) out.set(m ? m[1] : 'FIXED_LENGTH', e.value);
  }
  return out;
}

export function register(reg: NativeRegistry): void {
  reg.addAll('jdk/internal/util/SystemProps$Raw', {
    'platformProperties()[Ljava/lang/String;': (t) => {
      const vm = t.vm;
      const idx = platformIndexes(t);
      const values = new Array<JValue>(idx.get('FIXED_LENGTH')!).fill(null);
      const env = vm.host.env();
      const lang = (env.LC_ALL || env.LC_CTYPE || env.LANG || 'C').split('.')[0];
      const p = vm.platform;
      const set = (name: string, v: string | null): void => {
        const i = idx.get(name);
        if (i !== undefined && v !== null) values[i] = vm.newString(v);
      };
      set('file_encoding', 'UTF-8');
      set('file_separator', '/');
      set('java_io_tmpdir', '/tmp');
      set('line_separator', '\n');
      set('os_arch', p.osArch);
      set('os_name', p.osName);
      set('os_version', p.osVersion);
      set('path_separator', ':');
      set('sun_arch_data_model', '64');
      set('sun_cpu_endian', 'little');
      set('sun_io_unicode_encoding', 'UnicodeLittle');
      set('sun_jnu_encoding', 'UTF-8');
      set('sun_stdout_encoding', null);
      set('sun_stderr_encoding', null);
      set('user_dir', vm.host.cwd());
      set('user_home', env.HOME ?? '?');
      set('user_name', env.USER ?? env.LOGNAME ?? '?');
      if (lang === 'C' || lang === 'POSIX' || lang === '') {
        set('display_language', 'en');
        set('format_language', 'en');
      } else {
        const [language, country] = lang.split('_');
        set('display_language', language);
        set('format_language', language);
        if (country) {
          set('display_country', country);
          set('format_country', country);
        }
      }
      return refArray(t, 'java/lang/String', values);
    },
    'vmProperties()[Ljava/lang/String;': (t) => {
      const vm = t.vm;
      const items: JValue[] = [];
      for (const [k, v] of vm.vmProperties) items.push(vm.newString(k), vm.newString(v));
      return refArray(t, 'java/lang/String', items);
    },
  });
}
