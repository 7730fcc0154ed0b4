package org.inspect.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.inspect.error.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Says a usage error (unknown verb or option, missing option, bad value) in the user's language, in place of
 * picocli's English texts, with the suggestions picocli found, and points at the verb's {@code --help}.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private final Console console;

    UsageErrors(Console console) {
        this.console = console;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        console.error(message(ex));
        if (GlobalOptions.isVerbose(line)) {
            ex.printStackTrace(line.getErr());
        }
        console.error(Messages.get("usage.seeHelp", commandPath(line)));
        return ExitCodes.USAGE;
    }

    static String message(ParameterException ex) {
        if (ex.getValue() != null && !InspectCommand.canName(System.getProperty("sun.jnu.encoding", ""),
                ex.getValue())) {
            // a value with Chinese characters under LANG=C (the JVM read it as U+FFFD): the locale is wrong, not
            // the value
            return Messages.get("error.fileNameCharset", System.getProperty("sun.jnu.encoding", ""));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = u.getSuggestions();
            String text = Messages.get(u.isUnknownOption() ? "usage.unknownOption" : "usage.unmatched", first,
                    String.join(" ", unmatched));
            if (!suggestions.isEmpty()) {
                text = text + " " + Messages.get("usage.didYouMean", String.join(Messages.get("usage.or"),
                        suggestions.subList(0, Math.min(3, suggestions.size()))));
            }
            return text;
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return Messages.get("usage.missing", m.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(Messages.get("usage.and"))));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return Messages.get("usage.exclusive", ex.getArgSpec() == null ? "" : name(ex.getArgSpec()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            // picocli names the option given twice in getOverwritten(), not in getArgSpec()
            ArgSpec twice = o.getOverwritten() != null ? o.getOverwritten() : ex.getArgSpec();
            return Messages.get("usage.twice", twice == null ? "" : name(twice));
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return Messages.get("usage.tooMany", ex.getArgSpec() == null ? "" : name(ex.getArgSpec()));
        }
        if (ex.getArgSpec() != null) {
            Throwable cause = ex.getCause();
            // picocli's own text for a bad number or enum value is English ("expected one of [...] but was ..."): ours instead
            Class<?> type = ex.getArgSpec().type();
            boolean builtIn = type.isEnum() || Number.class.isAssignableFrom(type) || type.isPrimitive();
            String why = cause instanceof CommandLine.TypeConversionException t && !builtIn ? t.getMessage()
                    : Messages.get("usage.expectedType", typeWord(type));
            return Messages.get("usage.badValue", name(ex.getArgSpec()), ex.getValue() == null ? "" : ex.getValue(), why);
        }
        return Messages.get("usage.other", ex.getMessage());
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return spec.paramLabel();
    }

    private static String typeWord(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return Messages.get("usage.type.whole");
        }
        if (type.isEnum()) {
            return java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).map(String::toLowerCase)
                    .collect(Collectors.joining(" | "));
        }
        return Messages.get("usage.type.value");
    }

    private static String commandPath(CommandLine line) {
        return line.getCommandSpec().qualifiedName(" ");
    }
}
