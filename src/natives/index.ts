// Registers every JDK native implemented in TypeScript.
import type { NativeRegistry } from './registry.js';
import * as object from './java/lang/Object.js';
import * as klass from './java/lang/Class.js';
import * as system from './java/lang/System.js';
import * as thread from './java/lang/Thread.js';
import * as throwable from './java/lang/Throwable.js';
import * as strictMath from './java/lang/StrictMath.js';
import * as numbers from './java/lang/numbers.js';
import * as classLoader from './java/lang/ClassLoader.js';
import * as module from './java/lang/Module.js';
import * as runtime from './java/lang/Runtime.js';
import * as reference from './java/lang/ref/Reference.js';
import * as array from './java/lang/reflect/Array.js';
import * as unsafe from './jdk/internal/misc/Unsafe.js';
import * as boot from './jdk/internal/misc/boot.js';
import * as reflection from './jdk/internal/reflect/Reflection.js';
import * as systemProps from './jdk/internal/util/SystemProps.js';
import * as fileStreams from './java/io/fileStreams.js';
import * as unixFileSystem from './java/io/UnixFileSystem.js';
import * as methodHandleNatives from './java/lang/invoke/MethodHandleNatives.js';

export function registerAllNatives(reg: NativeRegistry): void {
  for (const m of [
    object,
    klass,
    system,
    thread,
    throwable,
    strictMath,
    numbers,
    classLoader,
    module,
    runtime,
    reference,
    array,
    unsafe,
    boot,
    reflection,
    systemProps,
    fileStreams,
    unixFileSystem,
    methodHandleNatives,
  ]) {
    m.register(reg);
  }
}
