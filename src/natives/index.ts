// Registers every JDK native implemented in TypeScript.
import type { NativeRegistry } from './registry.js';
import * as object from './java/lang/Object.js';
import * as klass from './java/lang/Class.js';
import * as system from './java/lang/System.js';
import * as thread from './java/lang/Thread.js';
import * as throwable from './java/lang/Throwable.js';
import * as nullPointerException from './java/lang/NullPointerException.js';
import * as strictMath from './java/lang/StrictMath.js';
import * as numbers from './java/lang/numbers.js';
import * as classLoader from './java/lang/ClassLoader.js';
import * as module from './java/lang/Module.js';
import * as runtime from './java/lang/Runtime.js';
import * as reference from './java/lang/ref/Reference.js';
import * as array from './java/lang/reflect/Array.js';
import * as executable from './java/lang/reflect/Executable.js';
import * as unsafe from './jdk/internal/misc/Unsafe.js';
import * as boot from './jdk/internal/misc/boot.js';
import * as reflection from './jdk/internal/reflect/Reflection.js';
import * as systemProps from './jdk/internal/util/SystemProps.js';
import * as fileStreams from './java/io/fileStreams.js';
import * as unixFileSystem from './java/io/UnixFileSystem.js';
import * as methodHandleNatives from './java/lang/invoke/MethodHandleNatives.js';
import * as constantPool from './jdk/internal/reflect/ConstantPool.js';
import * as stackStreamFactory from './java/lang/StackStreamFactory.js';
import * as randomAccessFile from './java/io/RandomAccessFile.js';
import * as console from './java/io/Console.js';
import * as objectStreamClass from './java/io/ObjectStreamClass.js';
import * as unixNativeDispatcher from './sun/nio/fs/UnixNativeDispatcher.js';
import * as unixCopyFile from './sun/nio/fs/UnixCopyFile.js';
import * as fileDispatcherImpl from './sun/nio/ch/FileDispatcherImpl.js';
import * as mappedMemoryUtils from './java/nio/MappedMemoryUtils.js';
import * as nativeImageBuffer from './jdk/internal/jimage/NativeImageBuffer.js';
import * as inflater from './java/util/zip/Inflater.js';
import * as deflater from './java/util/zip/Deflater.js';
import * as crc32 from './java/util/zip/CRC32.js';
import * as adler32 from './java/util/zip/Adler32.js';
import * as timeZone from './java/util/TimeZone.js';
import * as perf from './jdk/internal/perf/Perf.js';
import * as processEnvironment from './java/lang/ProcessEnvironment.js';
import * as processHandleImpl from './java/lang/ProcessHandleImpl.js';
import * as vmIds from './jdk/internal/misc/VMids.js';
import * as linuxNativeDispatcher from './sun/nio/fs/LinuxNativeDispatcher.js';
import * as net from './sun/nio/ch/Net.js';
import * as epoll from './sun/nio/ch/EPoll.js';
import * as inetAddress from './java/net/InetAddress.js';
import * as networkInterface from './java/net/NetworkInterface.js';
import * as linuxSocketOptions from './jdk/net/LinuxSocketOptions.js';

export function registerAllNatives(reg: NativeRegistry): void {
  for (const m of [
    object,
    klass,
    system,
    thread,
    throwable,
    nullPointerException,
    strictMath,
    numbers,
    classLoader,
    module,
    runtime,
    reference,
    array,
    executable,
    unsafe,
    boot,
    reflection,
    systemProps,
    fileStreams,
    unixFileSystem,
    methodHandleNatives,
    randomAccessFile,
    console,
    objectStreamClass,
    unixNativeDispatcher,
    unixCopyFile,
    fileDispatcherImpl,
    mappedMemoryUtils,
    nativeImageBuffer,
    inflater,
    deflater,
    crc32,
    adler32,
    timeZone,
    perf,
    processEnvironment,
    processHandleImpl,
    vmIds,
    linuxNativeDispatcher,
    constantPool,
    net,
    epoll,
    inetAddress,
    networkInterface,
    linuxSocketOptions,
    // After throwable: replaces its StackTraceElement.initStackTraceElement placeholder.
    stackStreamFactory,
  ]) {
    m.register(reg);
  }
}
