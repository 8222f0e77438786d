package io.reactiveocpp.app.web.ui;

/**
 * A small HTML writer: every text and attribute value goes through {@link #escape}, so nothing a backend, a
 * configuration value or an OCPP frame carries can become markup. Not thread-safe; one per page.
 */
public final class Html {

    private final StringBuilder out = new StringBuilder(4096);

    /** {@code text} with {@code & < > " '} as character references; {@code null} as the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (entity != null) {
                    escaped.append(entity);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /**
     * An opening tag; {@code attributes} are name/value pairs, a {@code null} value leaves the attribute out and
     * the value {@code ""} writes a boolean attribute (such as {@code checked}).
     */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]);
            if (!value.isEmpty()) {
                out.append("=\"").append(escape(value)).append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** The closing tag. */
    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text content. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Escaped text. */
    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup made by another {@link Html} (already escaped). */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
