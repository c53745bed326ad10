package io.github.campaignworkflow.simulator;

/**
 * A where condition of the form {@code @attribute = value}, where the attribute is {@code id} or
 * {@code internalName} and the value an XTK string literal ({@code 'WKF\'12'}: {@code \} escapes {@code '} and
 * {@code \}, in single or double quotes) or digits. Read by a small scanner, not by a regular expression.
 */
record XtkCondition(String attribute, String value) {

    static XtkCondition parse(String expr) throws SoapRequestException {
        if (expr == null) {
            throw new SoapRequestException("The where condition has no expr.");
        }
        Scanner scanner = new Scanner(expr);
        scanner.skipSpaces();
        scanner.expect('@');
        String attribute = scanner.name();
        if (!attribute.equals("id") && !attribute.equals("internalName")) {
            throw new SoapRequestException("The simulator finds a workflow by @internalName or @id, not by @" + attribute + ".");
        }
        scanner.skipSpaces();
        scanner.expect('=');
        scanner.skipSpaces();
        String value = scanner.atQuote() ? scanner.quoted() : scanner.digits();
        scanner.skipSpaces();
        if (!scanner.atEnd()) {
            throw new SoapRequestException("The simulator understands a single condition '@attribute = value': '" + expr + "'.");
        }
        if (attribute.equals("id") && (value.isEmpty() || !value.chars().allMatch(Character::isDigit))) {
            throw new SoapRequestException("@id is compared with a number: '" + expr + "'.");
        }
        return new XtkCondition(attribute, value);
    }

    private static final class Scanner {
        private final String text;
        private int position;

        Scanner(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return position >= text.length();
        }

        boolean atQuote() {
            return !atEnd() && (text.charAt(position) == '\'' || text.charAt(position) == '"');
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        void expect(char expected) throws SoapRequestException {
            if (atEnd() || text.charAt(position) != expected) {
                throw unexpected("'" + expected + "'");
            }
            position++;
        }

        String name() throws SoapRequestException {
            int start = position;
            while (!atEnd() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                position++;
            }
            if (start == position) {
                throw unexpected("an attribute name");
            }
            return text.substring(start, position);
        }

        String digits() throws SoapRequestException {
            int start = position;
            while (!atEnd() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw unexpected("a quoted string or a number");
            }
            return text.substring(start, position);
        }

        /** A literal between quotes; a backslash takes the next character as it is. */
        String quoted() throws SoapRequestException {
            char quote = text.charAt(position++);
            StringBuilder value = new StringBuilder();
            while (!atEnd()) {
                char c = text.charAt(position++);
                if (c == quote) {
                    return value.toString();
                }
                if (c == '\\') {
                    if (atEnd()) {
                        break;
                    }
                    c = text.charAt(position++);
                }
                value.append(c);
            }
            throw new SoapRequestException("The string literal in the where condition is not closed: '" + text + "'.");
        }

        private SoapRequestException unexpected(String what) {
            return new SoapRequestException("Expected " + what + " at position " + position + " of the where condition '"
                    + text + "'.");
        }
    }
}
