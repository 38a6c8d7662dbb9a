package be.koers.architecture;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tables a module's Flyway migrations ({@code src/main/resources/db}) create, under the names the last renames
 * give them: the migrations are read in the order Flyway runs them.
 */
final class MigratedTables {

    private static final Pattern TABLE_CHANGE = Pattern.compile(
            "\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"
                    + "|\\bALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_COMMENT = Pattern.compile("--.*");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

    private MigratedTables() {
    }

    static Set<String> of(String module) {
        Path migrations = ProductionClasses.moduleDirectory(module).resolve("src/main/resources/db");
        try (Stream<Path> files = Files.walk(migrations)) {
            List<Path> inOrder = files.filter(file -> file.toString().endsWith(".sql"))
                    .sorted(Comparator.comparingInt(MigratedTables::version))
                    .toList();
            Set<String> tables = new HashSet<>();
            for (Path file : inOrder) {
                Matcher change = TABLE_CHANGE.matcher(LINE_COMMENT.matcher(read(file)).replaceAll(""));
                while (change.find()) {
                    if (change.group(1) != null) {
                        tables.add(name(change.group(1)));
                    } else {
                        tables.remove(name(change.group(2)));
                        tables.add(name(change.group(3)));
                    }
                }
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(Path file) {
        Matcher version = VERSION.matcher(file.getFileName().toString());
        if (!version.matches()) {
            throw new IllegalStateException("not a versioned migration: " + file);
        }
        return Integer.parseInt(version.group(1));
    }

    private static String name(String table) {
        return table.toLowerCase(Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
