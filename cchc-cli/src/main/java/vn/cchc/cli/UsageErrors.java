package vn.cchc.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wrong usage, in the language of the arguments: picocli's own parse errors — an unknown option or command, an
 * argument too many, a missing parameter or option value, an option given twice, a value that is not of the option's
 * type — are worded from the command's bundle ({@code usage.*} in {@code texts.properties}), each quoting what was
 * given as it was given; then picocli's suggestions (if any), the command's synopsis (and its list of commands, for a
 * command that has some) and a hint to its {@code --help}. Exit code 2 ({@link ExitCodes#FAILED}), as picocli's own.
 *
 * <p>The language is found in the arguments as they were written, since a parse error may come before {@code --lang}
 * was parsed, or instead of it: the value of the last {@code --lang X} or {@code --lang=X} among them
 * ({@link Main#lang(String[])}), wherever it stands; none, or one that is not a language tag, is the default, {@code vi}.
 * The help pages are found in the same way.
 *
 * <p>What the parser cannot tell apart structurally is told by the exception's type and the fields picocli fills
 * ({@link ParameterException#getArgSpec()}, {@link ParameterException#getValue()}), never by its English message. A
 * usage error raised by a command itself ({@code render} without {@code --format}, {@code --threads 0}, a missing
 * command) carries neither field and is already in the command's language: it is printed as it is, and so is a kind of
 * picocli error that none of cchc's commands can produce (a mutually exclusive group, which no command has).
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
      short.class, Short.class, byte.class, Byte.class, BigInteger.class);
  private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, double.class, Double.class, float.class,
      Float.class);

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    Locale locale = Texts.localeOr(Main.lang(args));
    cl.getOut().flush();
    PrintWriter err = cl.getErr();
    err.println(message(ex, args, locale));
    if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      String prefix = u.isUnknownOption() ? "" : cl.getCommandSpec().qualifiedName() + " ";
      err.println(Texts.text(locale, "usage.suggestions",
          u.getSuggestions().stream().map(s -> prefix + s).collect(Collectors.joining(", "))));
    }
    CommandLine.Help help = cl.getHelp();
    err.print(help.fullSynopsis());
    if (!cl.getSubcommands().isEmpty()) {
      err.print(help.commandListHeading());
      err.print(help.commandList());
    }
    err.println(Texts.text(locale, "usage.hint", cl.getCommandSpec().qualifiedName()));
    err.flush();
    return ExitCodes.FAILED;
  }

  /** {@return the first line: what is wrong, in the locale, quoting what was given} */
  static String message(ParameterException ex, String[] args, Locale locale) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      List<String> unmatched = u.getUnmatched();
      boolean one = unmatched.size() == 1;
      if (!u.isUnknownOption() && !spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
        // a command that takes commands, not arguments: the first is the unknown command, the rest its arguments
        return Texts.text(locale, "usage.unknown-command", quoted(unmatched.get(0)));
      }
      String key = u.isUnknownOption() ? (one ? "usage.unknown-option" : "usage.unknown-options")
          : one ? "usage.unexpected-argument" : "usage.unexpected-arguments";
      return Texts.text(locale, key, quoted(unmatched));
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      return missing(m.getMissing(), args, locale);
    }
    if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
      return Texts.text(locale, "usage.given-twice", quoted(name(o.getOverwritten())));
    }
    if (ex instanceof MaxValuesExceededException) {
      // an option that takes no value, given one as --name=value: the exception names neither, the arguments do
      for (OptionSpec o : spec.options()) {
        if (o.arity().max() == 0) {
          for (String a : args) {
            for (String n : o.names()) {
              if (a.startsWith(n + "=")) {
                return Texts.text(locale, "usage.no-value-expected", quoted(n), quoted(a.substring(n.length() + 1)));
              }
            }
          }
        }
      }
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return invalidValue(ex, locale);
    }
    if (ex.getArgSpec() == null && ex.getValue() != null) {
      // the help command asked about a command that does not exist ("cchc help frobnicate")
      return Texts.text(locale, "usage.unknown-command", quoted(ex.getValue()));
    }
    return ex.getMessage();
  }

  private static String missing(List<ArgSpec> missing, String[] args, Locale locale) {
    List<OptionSpec> options = missing.stream().filter(ArgSpec::isOption).map(OptionSpec.class::cast).toList();
    if (options.isEmpty()) {
      List<String> labels = missing.stream().map(ArgSpec::paramLabel).toList();
      return Texts.text(locale, labels.size() == 1 ? "usage.missing-parameter" : "usage.missing-parameters",
          quoted(labels));
    }
    // an option given without its value: at the end of the arguments, or followed by another option
    for (int i = 0; i < args.length && options.size() == 1; i++) {
      if (List.of(options.get(0).names()).contains(args[i])) {
        String label = options.get(0).paramLabel();
        return i + 1 < args.length
            ? Texts.text(locale, "usage.missing-value.found", quoted(args[i]), label, quoted(args[i + 1]))
            : Texts.text(locale, "usage.missing-value", quoted(args[i]), label);
      }
    }
    // required options not given at all, and the parameters missing with them
    List<String> all = missing.stream()
        .map(a -> a instanceof OptionSpec o ? o.longestName() + "=" + o.paramLabel() : a.paramLabel()).toList();
    String key = options.size() < missing.size() ? "usage.missing-arguments"
        : all.size() == 1 ? "usage.missing-option" : "usage.missing-options";
    return Texts.text(locale, key, quoted(all));
  }

  private static String invalidValue(ParameterException ex, Locale locale) {
    ArgSpec arg = ex.getArgSpec();
    String name = quoted(name(arg));
    String value = quoted(ex.getValue());
    if (ex.getCause() == null) {
      // a map option's value without its key (--target 95): picocli's only parse error on a value without a cause
      return Texts.text(locale, "usage.not-key-value", name, value, arg.paramLabel());
    }
    Class<?>[] types = arg.auxiliaryTypes();
    Class<?> type = types[types.length - 1];
    if (type.isEnum() && arg.completionCandidates() != null) {
      List<String> candidates = new ArrayList<>();
      arg.completionCandidates().forEach(candidates::add);
      return Texts.text(locale, "usage.not-one-of", name, value, String.join(", ", candidates));
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return Texts.text(locale, "usage.not-a-whole-number", name, value);
    }
    if (NUMBERS.contains(type)) {
      return Texts.text(locale, "usage.not-a-number", name, value);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Texts.text(locale, "usage.not-true-or-false", name, value);
    }
    // another type (a path the file system refuses): the library's own reason, as it gives it
    Throwable cause = ex.getCause();
    return Texts.text(locale, "usage.invalid-value", name, value,
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
  }

  /** {@return an option's longest name, or a positional parameter's label} */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  private static String quoted(String s) {
    return "'" + s + "'";
  }

  private static String quoted(List<String> all) {
    return all.stream().map(UsageErrors::quoted).collect(Collectors.joining(", "));
  }
}
