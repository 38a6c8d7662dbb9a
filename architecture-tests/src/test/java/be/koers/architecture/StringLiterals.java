package be.koers.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a compiled class, SQL included, which ArchUnit does not expose: the CONSTANT_String entries
 * of its constant pool. Constants of other classes are in it too, as the compiler copies them into each user.
 */
final class StringLiterals {

    private static final int UTF8 = 1;
    private static final int STRING = 8;

    private StringLiterals() {
    }

    static List<String> of(JavaClass javaClass) {
        URI classFile = javaClass.getSource().orElseThrow().getUri();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(classFile.toURL().openStream()))) {
            in.skipBytes(8); // magic number, minor and major version
            return stringsOfConstantPool(in, classFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // the layout of each kind of entry: JVM specification §4.4
    private static List<String> stringsOfConstantPool(DataInputStream in, URI classFile) throws IOException {
        int count = in.readUnsignedShort();
        String[] texts = new String[count];
        List<Integer> stringEntries = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> texts[index] = in.readUTF();
                case STRING -> stringEntries.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipBytes(2); // class, method type, module, package
                case 15 -> in.skipBytes(3); // method handle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // numbers, references, (invoke) dynamic
                case 5, 6 -> { // long and double take two entries
                    in.skipBytes(8);
                    index++;
                }
                default -> throw new IllegalStateException("constant pool entry of unknown kind " + tag
                        + " in " + classFile);
            }
        }
        return stringEntries.stream().map(entry -> texts[entry]).toList();
    }
}
