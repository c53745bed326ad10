package io.github.campaignworkflow.camel.api;

/**
 * Guards the values that become one segment of the API path (organization, workflow ID). A value that could change
 * the path's shape — {@code ..}, a slash, a query — would send the request, and the bearer token, somewhere else
 * than the user meant, so it is refused before anything is sent.
 */
public final class PathSegments {

    static final String RULE = "a single path segment: not empty, not '.' or '..', and without '/', '\\', '?', '#', '%',"
                               + " white space or control characters";

    private PathSegments() {
    }

    /**
     * @param  what                     what the value is and where it came from, e.g. {@code workflow ID (header
     *                                  CamelAdobeWorkflowId)}
     * @return                          the value
     * @throws IllegalArgumentException naming the value and the rule
     */
    public static String requireSafe(String value, String what) {
        if (value == null || value.isEmpty() || value.equals(".") || value.equals("..") || !allCharactersSafe(value)) {
            throw new IllegalArgumentException(
                    "Invalid " + what + " " + quote(value) + ": it must be " + RULE);
        }
        return value;
    }

    private static boolean allCharactersSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%' || Character.isWhitespace(c)
                    || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** Quotes a value for an error message, with control characters made visible. */
    public static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }
}
