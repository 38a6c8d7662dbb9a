package be.koers.reporting.document;

import java.awt.Color;

/** Series colours shared by the PNG charts and the native XLSX charts, so a chart looks alike in both. */
final class Palette {

    private static final int[] RGB = {
            0x1F4E79, // dark blue
            0xE07B39, // orange
            0x4A9A8C, // teal
            0xC9A227, // ochre
            0x8E5EA2, // purple
            0x6C8EBF, // light blue
            0xB04A4A, // brick red
            0x7F7F7F, // grey
    };

    private Palette() {
    }

    static Color color(int index) {
        return new Color(RGB[index % RGB.length]);
    }

    static byte[] rgb(int index) {
        int rgb = RGB[index % RGB.length];
        return new byte[]{(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }
}
