// jdk.internal.util.SystemProps$Raw: the platform and VM properties HotSpot reports, for this JDK and host.
import type { NativeRegistry } from '../../../registry.js';
import type { JavaThread } from '../../../../threads/thread.js';
import type { JValue } from '../../../../runtime/object.js';
import { refArray } from '../../../util.js';
import { CpTag } from '../../../../classfile/types.js';
import { processLocale } from '../../../../host/locale.js';

/** The `_<name>_NDX` constants of SystemProps$Raw, read from its class file so the layout always matches. */
function platformIndexes(t: JavaThread): Map<string, number> {
  const raw = t.vm.bootLoad('jdk/internal/util/SystemProps$Raw');
  const out = new Map<string, number>();
  const cf = raw.classFile!;
  for (const f of cf.fields) {
    const m = /^_(.*)_NDX$/.exec(f.name);
    if (!m && f.name !== 'FIXED_LENGTH') continue;
    const e = cf.constantPool.get(f.constantValueIndex);
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
      const p = vm.platform;
      const set = (name: string, v: string | null): void => {
        const i = idx.get(name);
        if (i !== undefined && v !== null) values[i] = vm.newString(v);
      };
      const locale = processLocale(vm.files.fs, env);
      const encoding = locale.format.encoding;
      set('file_encoding', encoding);
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
      set('sun_jnu_encoding', encoding);
      // Standard streams that are terminals are told the terminal's encoding.
      set('sun_stdout_encoding', vm.files.isatty(1) ? encoding : null);
      set('sun_stderr_encoding', vm.files.isatty(2) ? encoding : null);
      set('user_dir', vm.host.cwd());
      // getpwuid(getuid()): the password database, with $HOME when it gives no usable home directory.
      const proc = vm.host.process;
      const uid = proc?.uid ?? 0;
      let home = proc?.userHome(uid) ?? null;
      if (home === null || home.length < 2) home = env.HOME ?? home;
      set('user_home', home ?? '?');
      set('user_name', proc?.userName(uid) ?? env.USER ?? '?');
      for (const [kind, l] of [
        ['display', locale.display],
        ['format', locale.format],
      ] as const) {
        set(`${kind}_language`, l.language);
        set(`${kind}_country`, l.country);
        set(`${kind}_script`, l.script);
        set(`${kind}_variant`, l.variant);
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
