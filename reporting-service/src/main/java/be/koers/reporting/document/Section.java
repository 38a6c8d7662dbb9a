package be.koers.reporting.document;

import java.util.List;
import java.util.Objects;

/** A heading and what follows it; level 1 is a chapter, level 2 a part of the chapter before it. */
public record Section(String heading, int level, List<Block> blocks) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        if (level != 1 && level != 2) {
            throw new IllegalArgumentException("A section is of level 1 or 2, not " + level);
        }
        blocks = List.copyOf(blocks);
    }

    public static Section chapter(String heading, Block... blocks) {
        return new Section(heading, 1, List.of(blocks));
    }

    public static Section part(String heading, Block... blocks) {
        return new Section(heading, 2, List.of(blocks));
    }
}
