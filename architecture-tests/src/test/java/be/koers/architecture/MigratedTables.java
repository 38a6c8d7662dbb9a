package be.koers.architecture;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The tables a module's Flyway migrations ({@code src/main/resources/db}) create. */
final class MigratedTables {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_COMMENT = Pattern.compile("--.*");

    private MigratedTables() {
    }

    static Set<String> of(String module) {
        Path migrations = ProductionClasses.moduleDirectory(module).resolve("src/main/resources/db");
        try (Stream<Path> files = Files.walk(migrations)) {
            return files.filter(file -> file.toString().endsWith(".sql"))
                    .map(MigratedTables::read)
                    .map(sql -> LINE_COMMENT.matcher(sql).replaceAll(""))
                    .flatMap(sql -> CREATE_TABLE.matcher(sql).results().map(created -> created.group(1)))
                    .map(table -> table.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
