package io.github.campaignworkflow.camel.api.soap;

/**
 * The values the component writes into SOAP envelopes. The XML writer escapes {@code <}, {@code &} and quotes; what it
 * cannot write faithfully is refused before anything is sent: a character XML 1.0 does not allow, and (in an
 * attribute) a line break or tab, which every XML reader turns into a space.
 */
public final class XmlValues {

    private XmlValues() {
    }

    /**
     * @param  what                     what the value is, for the message: {@code workflow ID}, {@code activity}
     * @throws IllegalArgumentException naming the value and the character
     */
    public static String requireText(String value, String what) {
        int bad = firstInvalid(value);
        if (bad >= 0) {
            throw new IllegalArgumentException("Invalid " + what + ": it holds " + describe(value, bad)
                                               + ", which XML 1.0 cannot carry");
        }
        return value;
    }

    /** As {@link #requireText}, for a value written as an attribute. */
    static String requireAttribute(String value, String what) {
        requireText(value, what);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                throw new IllegalArgumentException("Invalid " + what + ": it holds " + describe(value, i)
                                                   + "; Campaign receives it as an attribute of <variables/>, where"
                                                   + " XML turns line breaks and tabs into spaces");
            }
        }
        return value;
    }

    /** An XTK string literal: {@code 'WKF12'}, with {@code \} and {@code '} escaped by a backslash. */
    static String xtkLiteral(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\'') {
                literal.append('\\');
            }
            literal.append(c);
        }
        return literal.append('\'').toString();
    }

    private static int firstInvalid(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a supplementary character: allowed
            } else if (!(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(String value, int index) {
        return String.format("U+%04X at position %d", (int) value.charAt(index), index);
    }
}
