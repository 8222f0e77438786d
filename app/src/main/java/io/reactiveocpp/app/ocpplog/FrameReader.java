package io.reactiveocpp.app.ocpplog;

import io.reactiveocpp.session.transport.FrameTap;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a frame's text into an {@link OcppFrame} with its secrets masked, as the diagnostics' configuration text
 * masks them: a member whose name looks like a secret (password, secret, token, AuthorizationKey, private key,
 * credential), the {@code value} beside a {@code key} that does (ChangeConfiguration, GetConfiguration's answer),
 * read {@value #REMOVED}; credentials in a URL's user-info ({@code ws://user:password@host}) read {@code ***}. A
 * frame that is not JSON is not kept, only its length: it cannot be masked. Remembers the actions of the last
 * {@value #PENDING} CALLs each way to name the action of their answers. Used on one thread. The frame is read
 * into plain values ({@link JsonValues}), not databind's tree: the log reads every frame from the first on.
 */
final class FrameReader {

    static final String REMOVED = "<removed>";
    static final int PENDING = 64;
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|token|passphrase|"
            + "authorizationkey|privatekey|credential).*");
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]+@");

    /** Actions of CALLs not answered yet, by direction and unique id; the oldest forgotten first. */
    private final Map<String, String> calls = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > PENDING;
        }
    };

    OcppFrame read(Instant at, FrameTap.Direction direction, String text) {
        String way = direction == FrameTap.Direction.IN ? "in" : "out";
        if (!(JsonValues.read(text) instanceof List<?> list) || list.size() < 3
                || !(list.get(0) instanceof Integer kind) || !(list.get(1) instanceof String id)) {
            return new OcppFrame(at.toString(), way, null, null, null,
                    "<not an OCPP-J message: " + text.length() + " characters, not kept>");
        }
        @SuppressWarnings("unchecked")
        List<Object> root = (List<Object>) list;
        String type;
        String action = null;
        if (kind == 2 && root.get(2) instanceof String name) {
            type = "CALL";
            action = name;
            calls.put(way + id, action);
        } else if (kind == 3 || kind == 4) {
            type = kind == 3 ? "CALLRESULT" : "CALLERROR";
            action = calls.remove((direction == FrameTap.Direction.IN ? "out" : "in") + id);
        } else {
            type = null;
        }
        boolean masked = false;
        for (int i = 2; i < root.size(); i++) {
            masked |= mask(root, i);
        }
        String kept = masked ? JsonValues.write(root) : text;
        if (kept.length() > OcppLog.MAX_TEXT) {
            kept = kept.substring(0, OcppLog.MAX_TEXT) + "... (" + kept.length() + " characters)";
        }
        return new OcppFrame(at.toString(), way, type, id, action, kept);
    }

    /** Masks the element {@code index} of {@code parent} (an array) or what it holds; whether it changed anything. */
    private static boolean mask(List<Object> parent, int index) {
        Object node = parent.get(index);
        if (node instanceof String text) {
            String clean = USER_INFO.matcher(text).replaceAll("$1***@");
            if (!clean.equals(text)) {
                parent.set(index, clean);
                return true;
            }
            return false;
        }
        return maskContainer(node);
    }

    @SuppressWarnings("unchecked")
    private static boolean maskContainer(Object node) {
        boolean masked = false;
        if (node instanceof List<?> array) {
            for (int i = 0; i < array.size(); i++) {
                masked |= mask((List<Object>) array, i);
            }
        } else if (node instanceof Map<?, ?> object) {
            boolean secretValue = object.get("key") instanceof String key && SECRET_NAME.matcher(key).matches();
            for (Map.Entry<String, Object> field : ((Map<String, Object>) object).entrySet()) {
                Object value = field.getValue();
                boolean secret = SECRET_NAME.matcher(field.getKey()).matches()
                        || (secretValue && field.getKey().equals("value"));
                if (secret && value != null && !"".equals(value)) {
                    field.setValue(REMOVED);
                    masked = true;
                } else if (value instanceof String text) {
                    String clean = USER_INFO.matcher(text).replaceAll("$1***@");
                    if (!clean.equals(text)) {
                        field.setValue(clean);
                        masked = true;
                    }
                } else {
                    masked |= maskContainer(value);
                }
            }
        }
        return masked;
    }
}
