package vn.cchc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.cchc.model.message.MessageBundle;

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
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /**
   * The bundle of the help pages, in the language of the arguments' {@code --lang}: the root has the exit codes of each
   * command (the rest of the English is in the annotations), {@code help_vi} every text of every page; a user adds a
   * language with {@code vn/cchc/cli/help_xx.properties} on the class path (a key left out stays English).
   */
  static final String HELP_BASE_NAME = "vn.cchc.cli.help";

  /**
   * The help bundle by language, resolved as {@link Texts#BUNDLE} is: without the JVM's default locale in the fallback
   * chain, so that {@code --lang en} on a machine set to Vietnamese prints the English page, not the Vietnamese one.
   */
  static final MessageBundle HELP = MessageBundle.of(HELP_BASE_NAME, locale -> ResourceBundle.getBundle(HELP_BASE_NAME, locale));

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "on a failure, also print the stack trace (otherwise one line says what failed)")
  private boolean debug;

  @CommandLine.Option(names = "--lang", paramLabel = "LANG", defaultValue = Texts.DEFAULT_LANG,
      description = "language of what cchc says: this help page, the version, a usage error and, given before the "
          + "command, everything the command says (the command's own --lang, after it, wins); a BCP 47 tag: vi, en, "
          + "or any language you add a bundle for (default: ${DEFAULT-VALUE})")
  private String lang;

  Main() {}

  @Override
  public void run() {
    Locale locale = Texts.checked(spec, lang);
    throw new CommandLine.ParameterException(spec.commandLine(), Texts.text(locale, "main.missing-command"));
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
    PrintWriter safeOut = new PrintWriter(new EscapingWriter(out), true);
    PrintWriter safeErr = new PrintWriter(new EscapingWriter(err), true);
    try {
      // the help is printed before any command runs: its language is the arguments' --lang (vi by default)
      return commandLine(safeOut, safeErr, Texts.localeOr(lang(args))).execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli handles exceptions only; an error out of the JVM would print its trace
      safeOut.flush();
      // no parse result to ask here: the --lang of the arguments, as the command would have taken it
      Locale locale = Texts.localeOr(lang(args));
      boolean debug = List.of(args).contains("--debug");
      safeErr.println(Texts.text(locale, e instanceof OutOfMemoryError ? "internal.out-of-memory" : "internal.stack-overflow",
          String.valueOf(e.getMessage())) + (debug ? "" : " " + Texts.text(locale, "internal.debug-hint")));
      if (debug) {
        e.printStackTrace(safeErr);
      }
      safeErr.flush();
      return ExitCodes.INTERNAL_ERROR;
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }

  /**
   * The command line with its streams and its handler of failures, which never prints a stack trace
   * unless {@code --debug} is given: an input that cannot be read, a report that cannot be checked or
   * rendered, or an output that cannot be written is exit code 2 with a one-line message naming the file;
   * any other exception is a bug, exit code 70 with a one-line message (picocli's own default, 1, would
   * claim that the report has errors).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, Texts.DEFAULT);
  }

  /** {@return as {@link #commandLine(PrintWriter, PrintWriter)}, its help, version and usage errors in a language} */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Locale help) {
    CommandLine cl = new CommandLine(new Main());
    cl.setResourceBundle(HELP.resolve(help));
    cl.getCommandSpec().versionProvider(new Version(help));
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getOut().flush();
      PrintWriter e = commandLine.getErr();
      boolean debug = debug(parseResult);
      Locale locale = locale(parseResult);
      if (ex instanceof CommandFailure failure) {
        e.println(failure.message(locale));
        if (debug) {
          ex.printStackTrace(e);
        }
        e.flush();
        return ExitCodes.FAILED;
      }
      e.println(Texts.text(locale, "internal.bug", ex.getClass().getName() + (ex.getMessage() == null ? "" : ": "
          + ex.getMessage())) + (debug ? "" : " " + Texts.text(locale, "internal.debug-hint")));
      if (debug) {
        ex.printStackTrace(e);
      }
      e.flush();
      return ExitCodes.INTERNAL_ERROR;
    });
    return cl;
  }

  /**
   * {@return the language of the command that ran, as {@link Texts#lang(CommandLine.Model.CommandSpec, String)} finds
   * it for the innermost command; the default language when that is not a language tag}
   */
  private static Locale locale(CommandLine.ParseResult result) {
    CommandLine.ParseResult innermost = result;
    while (innermost.subcommand() != null) {
      innermost = innermost.subcommand();
    }
    CommandLine.Model.OptionSpec own = innermost.commandSpec().findOption("--lang");
    String tag = own == null || own.getValue() == null ? Texts.DEFAULT_LANG : own.getValue().toString();
    return Texts.localeOr(Texts.lang(innermost.commandSpec(), tag));
  }

  /** {@return the value of the last {@code --lang} among the arguments ("--lang en" or "--lang=en"), or the default} */
  static String lang(String[] args) {
    String lang = Texts.DEFAULT_LANG;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        lang = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        lang = args[i].substring("--lang=".length());
      }
    }
    return lang;
  }

  /** {@return whether --debug was given, to the command or any of its subcommands} */
  private static boolean debug(CommandLine.ParseResult result) {
    for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Prints the version from the jar manifest; a build without one says so in the language of the arguments. */
  static final class Version implements CommandLine.IVersionProvider {
    private final Locale locale;

    Version() {
      this(Texts.DEFAULT);
    }

    Version(Locale locale) {
      this.locale = locale;
    }

    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"cchc " + (v == null ? Texts.text(locale, "version.development") : v)};
    }
  }
}
