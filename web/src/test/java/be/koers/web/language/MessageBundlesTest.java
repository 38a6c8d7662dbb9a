package be.koers.web.language;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.PlanStatus;
import be.koers.planning.api.plan.PlanTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text is in both languages: the Dutch and English bundles have the same keys, every key a template names
 * literally is in them, and every level, template rule, status and action type the pages name by its enum has its
 * entry.
 */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

    private final Properties english = load("messages.properties");
    private final Properties dutch = load("messages_nl.properties");

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(dutch.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(named);
    }

    @Test
    void everyEnumThePagesNameHasItsText() {
        Set<String> needed = new TreeSet<>();
        Arrays.stream(Level.values()).forEach(level -> needed.addAll(Set.of("level." + level, "level.lower." + level)));
        for (PlanTemplate template : PlanTemplate.values()) {
            needed.addAll(Set.of("template." + template, "template.name." + template));
            Arrays.stream(Level.values()).filter(template::uses).forEach(level -> needed.add("rule." + template + "." + level));
        }
        Arrays.stream(ActionType.values()).forEach(type -> needed.add("actionType." + type));
        Arrays.stream(PlanStatus.values()).forEach(status -> needed.add("plan.status." + status));
        Arrays.stream(ElementStatus.values()).forEach(status -> needed.add("element.status." + status));
        assertThat(english.stringPropertyNames()).containsAll(needed);
    }

    private static Properties load(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
