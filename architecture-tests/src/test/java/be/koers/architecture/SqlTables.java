package be.koers.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tables a class names in its SQL: where SQL names a table (after FROM, JOIN, INTO, UPDATE or TABLE), or a
 * literal that is a compound name on its own (one handed to SQL built elsewhere, such as {@code adopted_plan}). Not
 * any word that is a table's name: {@code tenant} names a column of every table and the parameter that fills it.
 */
final class SqlTables {

    private static final Pattern NAMED_TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPOUND_NAME = Pattern.compile("[a-z]+(?:_[a-z]+)+");

    private SqlTables() {
    }

    static Set<String> namedBy(JavaClass javaClass) {
        return StringLiterals.of(javaClass).stream()
                .flatMap(literal -> COMPOUND_NAME.matcher(literal).matches()
                        ? Stream.of(literal)
                        : NAMED_TABLE.matcher(literal).results().map(named -> named.group(1)))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
