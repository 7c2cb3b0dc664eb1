// The `java` command line (the launcher's ParseArguments), as far as tsjvm supports it.

export interface LaunchOptions {
  classPath: string | null;
  properties: [string, string][];
  enableAssertions: boolean;
  enableSystemAssertions: boolean;
  verboseClass: boolean;
  jdk: string | undefined;
  /** -version / --version / -showversion */
  version: 'none' | 'version' | 'version-stdout' | 'show' | 'show-stdout';
  help: boolean;
  /** LM_CLASS (1) or LM_JAR (2). */
  mode: number;
  target: string | null;
  args: string[];
  maxHeap: number;
  stackSize: number;
  execution: 'default' | 'int' | 'comp';
  printCompilation: boolean;
  /** Link javac's string concatenation sites with the VM's intrinsic (src/interpreter/concat.ts). */
  stringConcatIntrinsic: boolean;
  /** Link javac's lambda and method-reference sites with the VM's intrinsic (src/interpreter/lambda.ts). */
  lambdaMetafactoryIntrinsic: boolean;
  /** Link records' equals/hashCode/toString sites with the VM's intrinsic (src/interpreter/objectMethods.ts). */
  objectMethodsIntrinsic: boolean;
  /** -Xshare: use the shared archive if it fits (auto), never (off), or insist (on); dump writes it. */
  share: 'auto' | 'off' | 'on' | 'dump';
  /** -XX:SharedArchiveFile; null for the installation's default archive. */
  sharedArchiveFile: string | null;
  /** -XshowSettings[:category], as given; null when absent. */
  showSettings: string | null;
  /** -Xms, -Xmx and -Xss exactly as given (0 when absent), for -XshowSettings. */
  initialHeapOption: number;
  maxHeapOption: number;
  stackSizeOption: number;
}

export class UsageError extends Error {}

/** Parses a `-Xmx512m`-style size; null when malformed. */
export function parseSize(s: string): number | null {
  const m = /^(\d+)([kKmMgGtT]?)$/.exec(s);
  if (!m) return null;
  const unit: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
  return Number(m[1]) * unit[m[2].toLowerCase()];
}

export function parseArguments(argv: string[], env: Record<string, string>): LaunchOptions {
  const o: LaunchOptions = {
    classPath: null,
    properties: [],
    enableAssertions: false,
    enableSystemAssertions: false,
    verboseClass: false,
    jdk: undefined,
    version: 'none',
    help: false,
    mode: 1,
    target: null,
    args: [],
    maxHeap: 4 * 1024 ** 3,
    stackSize: 1024 * 1024,
    execution: 'default',
    printCompilation: false,
    stringConcatIntrinsic: true,
    lambdaMetafactoryIntrinsic: true,
    objectMethodsIntrinsic: true,
    share: 'auto',
    sharedArchiveFile: null,
    showSettings: null,
    initialHeapOption: 0,
    maxHeapOption: 0,
    stackSizeOption: 0,
  };
  const extra = (env['JDK_JAVA_OPTIONS'] ?? '').split(/\s+/).filter((s) => s !== '');
  const all = [...extra, ...argv];
  let i = 0;
  const next = (opt: string): string => {
    if (i + 1 >= all.length) throw new UsageError(`Error: ${opt} requires class path specification`);
    return all[++i];
  };
  for (; i < all.length; i++) {
    const a = all[i];
    if (!a.startsWith('-') || a === '-') {
      o.target = a;
      o.args = all.slice(i + 1);
      break;
    }
    if (a === '-cp' || a === '-classpath' || a === '--class-path') o.classPath = next(a);
    else if (a.startsWith('--class-path=')) o.classPath = a.substring(13);
    else if (a === '-jar') {
      o.mode = 2;
      if (i + 1 >= all.length) throw new UsageError('Error: -jar requires jar file specification');
      o.target = all[++i];
      o.args = all.slice(i + 1);
      break;
    } else if (a === '--jdk') o.jdk = next(a);
    else if (a.startsWith('--jdk=')) o.jdk = a.substring(6);
    else if (a.startsWith('-D')) {
      const eq = a.indexOf('=');
      if (eq < 0) o.properties.push([a.substring(2), '']);
      else o.properties.push([a.substring(2, eq), a.substring(eq + 1)]);
    } else if (a === '-ea' || a === '-enableassertions' || a.startsWith('-ea:')) o.enableAssertions = true;
    else if (a === '-da' || a === '-disableassertions' || a.startsWith('-da:')) o.enableAssertions = false;
    else if (a === '-esa' || a === '-enablesystemassertions') o.enableSystemAssertions = true;
    else if (a === '-dsa' || a === '-disablesystemassertions') o.enableSystemAssertions = false;
    else if (a === '-verbose:class') o.verboseClass = true;
    else if (a.startsWith('-verbose')) continue;
    else if (a === '-version') o.version = 'version';
    else if (a === '--version') o.version = 'version-stdout';
    else if (a === '-showversion') o.version = 'show';
    else if (a === '--show-version') o.version = 'show-stdout';
    else if (a === '-h' || a === '-help' || a === '--help' || a === '-?') o.help = true;
    else if (a === '-Xint') o.execution = 'int';
    else if (a === '-Xcomp') o.execution = 'comp';
    else if (a === '-Xshare:auto' || a === '-Xshare:off' || a === '-Xshare:on' || a === '-Xshare:dump')
      o.share = a.substring(8) as LaunchOptions['share'];
    else if (a.startsWith('-XX:SharedArchiveFile=')) o.sharedArchiveFile = a.substring(22);
    else if (a === '-Xmixed' || a === '-server' || a === '-client') continue;
    else if (a.startsWith('-Xmx') || a.startsWith('-Xms') || a.startsWith('-Xss')) {
      const size = parseSize(a.substring(4));
      if (size === null) {
        const what = a.startsWith('-Xss')
          ? 'thread stack size'
          : a.startsWith('-Xmx')
            ? 'maximum heap size'
            : 'initial heap size';
        throw new UsageError(
          `Invalid ${what}: ${a}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.`,
        );
      }
      if (a.startsWith('-Xmx')) o.maxHeap = o.maxHeapOption = size;
      if (a.startsWith('-Xss')) o.stackSize = o.stackSizeOption = size;
      if (a.startsWith('-Xms')) o.initialHeapOption = size;
    } else if (a.startsWith('-XshowSettings')) o.showSettings = a;
    else if (a === '-XX:+PrintCompilation') o.printCompilation = true;
    else if (a === '-XX:-UseStringConcatIntrinsic') o.stringConcatIntrinsic = false;
    else if (a === '-XX:+UseStringConcatIntrinsic') o.stringConcatIntrinsic = true;
    else if (a === '-XX:-UseLambdaMetafactoryIntrinsic') o.lambdaMetafactoryIntrinsic = false;
    else if (a === '-XX:+UseLambdaMetafactoryIntrinsic') o.lambdaMetafactoryIntrinsic = true;
    else if (a === '-XX:-UseObjectMethodsIntrinsic') o.objectMethodsIntrinsic = false;
    else if (a === '-XX:+UseObjectMethodsIntrinsic') o.objectMethodsIntrinsic = true;
    else if (a.startsWith('-XX:')) continue;
    else {
      throw new UsageError(
        `Unrecognized option: ${a}\nError: Could not create the Java Virtual Machine.\nError: A fatal exception has occurred. Program will exit.`,
      );
    }
  }
  return o;
}

export const USAGE = `Usage: tsjvm [options] <mainclass> [args...]
           (to execute a class)
   or  tsjvm [options] -jar <jarfile> [args...]
           (to execute a jar file)

 Arguments following the main class or -jar <jarfile> are passed as the arguments to main class.

 where options include:

    -cp <class search path of directories and zip/jar files>
    -classpath <class search path of directories and zip/jar files>
    --class-path <class search path of directories and zip/jar files>
                  A : separated list of directories, JAR archives,
                  and ZIP archives to search for class files.
    --jdk <directory>
                  the JDK 17 whose class library to run (default: JAVA_HOME,
                  then the JDK of the java on PATH)
    -D<name>=<value>
                  set a system property
    -verbose:class
                  enable verbose output for class loading
    -version      print product version to the error stream and exit
    --version     print product version to the output stream and exit
    -showversion  print product version to the error stream and continue
    -ea[:<packagename>...|:<classname>]
    -enableassertions[:<packagename>...|:<classname>]
                  enable assertions
    -da[:<packagename>...|:<classname>]
    -disableassertions[:<packagename>...|:<classname>]
                  disable assertions
    -esa | -enablesystemassertions
                  enable system assertions
    -dsa | -disablesystemassertions
                  disable system assertions
    -Xint         interpret only
    -Xshare:auto  use the shared archive if it fits (default)
    -Xshare:off   do not use the shared archive
    -Xshare:on    require the shared archive
    -Xshare:dump  write the shared archive and exit
    -Xmx<size>    maximum heap size
    -Xss<size>    Java thread stack size
    -? -h -help --help
                  print this help message to the output stream
`;
