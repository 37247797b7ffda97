package vn.cchc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cchc} command. Exit codes, the same for every command ({@code ExitCodes}): 0 the report
 * was read completely and (check) has no error finding; bit flag 1 the report has error findings
 * (check); bit flag 4 the report was read only partly (--lenient); 5 = 4 + 1; 2 nothing done (the
 * input cannot be read, the output cannot be written, or wrong usage); 70 a bug in cchc.
 */
@Command(
    name = "cchc",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads, checks, aggregates and renders CCHC (cải cách hành chính) reports.",
    subcommands = {ReadCommand.class, CheckCommand.class, AggregateCommand.class, RenderCommand.class, CatalogueCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.LINE_OK, ExitCodes.LINE_FINDINGS_CHECK, ExitCodes.LINE_FAILED, ExitCodes.LINE_PARTIAL,
        ExitCodes.LINE_BOTH_CHECK, ExitCodes.LINE_BUG})
public final class Main implements Runnable {
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
    return commandLine(out, err).execute(args);
  }

  /**
   * The command line with its streams and its handler of failures: an input that cannot be read or an
   * output that cannot be written is exit code 2 with its message; any other exception is a bug, exit
   * code 70 with the stack trace (picocli's own default, 1, would claim that the report has errors).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getOut().flush();
      PrintWriter e = commandLine.getErr();
      if (ex instanceof InputException || ex instanceof OutputException) {
        e.println(ex.getMessage());
        e.flush();
        return ExitCodes.FAILED;
      }
      e.println("cchc: internal error, a bug in cchc; please report it with what follows:");
      ex.printStackTrace(e);
      e.flush();
      return ExitCodes.INTERNAL_ERROR;
    });
    return cl;
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
