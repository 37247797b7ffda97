package vn.cchc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cchc} command. Exit codes: 0 success, 1 the report has errors ({@code check}),
 * 2 the input cannot be read or the command line is wrong.
 */
@Command(
    name = "cchc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads, checks, aggregates and renders CCHC (cải cách hành chính) reports.",
    subcommands = {ReadCommand.class, CheckCommand.class, AggregateCommand.class, RenderCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the report has errors (check)", "2:the input cannot be read, or wrong usage"})
public final class Main implements Runnable {
  /** Exit code: the input cannot be read. */
  static final int EXIT_UNREADABLE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  Main() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say what to do, e.g. 'cchc read FILE'");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Apache POI (xlsx, docx) logs through the Log4j API; without a provider it prints an error at start-up.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given streams (UTF-8 writers), without exiting.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof InputException ie) {
        commandLine.getErr().println(ie.getMessage());
        return EXIT_UNREADABLE;
      }
      throw ex;
    });
    return cl.execute(args);
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"cchc " + (v == null ? "(development build)" : v)};
    }
  }
}
