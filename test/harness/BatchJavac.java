// Compiles many independent javac jobs inside one JVM (javax.tools), so the ~0.6 s javac start-up and
// warm-up is paid once instead of once per conformance program. Used by test/harness/programs.ts.
//
// Input (stdin), one directive per line:
//   JOBS <threads>        first line: how many jobs to run concurrently
//   JOB <id>              starts a job; a job is a sequence of steps run in order
//   STEP                  starts a compile step of the current job
//   OPT <option>          a javac option of the current step (repeatable; e.g. "-d", "<dir>", "-g")
//   SRC <path>            a source file of the current step (repeatable)
//   END                   ends the current job
// Output (stdout), one record per job, in completion order:
//   RESULT <id> <0|1> <n>\n followed by n chars of javac diagnostics
// A job stops at its first failing step.

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

public class BatchJavac {
  static final class Step {
    final List<String> options = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
  }

  static final class Job {
    final String id;
    final List<Step> steps = new ArrayList<>();

    Job(String id) {
      this.id = id;
    }
  }

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int threads = 1;
    List<Job> jobs = new ArrayList<>();
    Job job = null;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) continue;
      int sp = line.indexOf(' ');
      String cmd = sp < 0 ? line : line.substring(0, sp);
      String arg = sp < 0 ? "" : line.substring(sp + 1);
      switch (cmd) {
        case "JOBS":
          threads = Math.max(1, Integer.parseInt(arg.trim()));
          break;
        case "JOB":
          job = new Job(arg);
          jobs.add(job);
          break;
        case "STEP":
          job.steps.add(new Step());
          break;
        case "OPT":
          job.steps.get(job.steps.size() - 1).options.add(arg);
          break;
        case "SRC":
          job.steps.get(job.steps.size() - 1).sources.add(arg);
          break;
        case "END":
          job = null;
          break;
        default:
          throw new IllegalArgumentException("bad directive: " + line);
      }
    }

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      System.err.println("BatchJavac: no system Java compiler (is this a JDK?)");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (Job j : jobs) {
      pool.execute(() -> {
        StringWriter diagnostics = new StringWriter();
        boolean ok = true;
        try {
          for (Step step : j.steps) {
            // A file manager per step: file managers cache directory listings, and a later step reads the
            // classes an earlier step wrote.
            try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
              Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromStrings(step.sources);
              ok = compiler.getTask(diagnostics, fm, null, step.options, null, units).call();
            }
            if (!ok) break;
          }
        } catch (Throwable t) {
          ok = false;
          diagnostics.write("BatchJavac: " + t + "\n");
        }
        String text = diagnostics.toString();
        synchronized (out) {
          out.print("RESULT " + j.id + " " + (ok ? 0 : 1) + " " + text.length() + "\n" + text);
          out.flush();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    out.flush();
  }
}
