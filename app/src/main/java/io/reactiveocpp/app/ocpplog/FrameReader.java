package io.reactiveocpp.app.ocpplog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.reactiveocpp.session.transport.FrameTap;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a frame's text into an {@link OcppFrame} with its secrets masked, as the diagnostics' configuration text
 * masks them: a member whose name looks like a secret (password, secret, token, AuthorizationKey, private key,
 * credential), the {@code value} beside a {@code key} that does (ChangeConfiguration, GetConfiguration's answer),
 * read {@value #REMOVED}; credentials in a URL's user-info ({@code ws://user:password@host}) read {@code ***}. A
 * frame that is not JSON is not kept, only its length: it cannot be masked. Remembers the actions of the last
 * {@value #PENDING} CALLs each way to name the action of their answers. Used on one thread.
 */
final class FrameReader {

    static final String REMOVED = "<removed>";
    static final int PENDING = 64;
    private static final ObjectMapper MAPPER = new ObjectMapper();
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
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isArray() || root.size() < 3 || !root.get(0).isInt() || !root.get(1).isTextual()) {
            return new OcppFrame(at.toString(), way, null, null, null,
                    "<not an OCPP-J message: " + text.length() + " characters, not kept>");
        }
        int kind = root.get(0).intValue();
        String id = root.get(1).textValue();
        String type;
        String action = null;
        if (kind == 2 && root.get(2).isTextual()) {
            type = "CALL";
            action = root.get(2).textValue();
            calls.put(way + id, action);
        } else if (kind == 3 || kind == 4) {
            type = kind == 3 ? "CALLRESULT" : "CALLERROR";
            action = calls.remove((direction == FrameTap.Direction.IN ? "out" : "in") + id);
        } else {
            type = null;
        }
        boolean masked = false;
        for (int i = 2; i < root.size(); i++) {
            masked |= mask((ArrayNode) root, i);
        }
        String kept = masked ? root.toString() : text;
        if (kept.length() > OcppLog.MAX_TEXT) {
            kept = kept.substring(0, OcppLog.MAX_TEXT) + "... (" + kept.length() + " characters)";
        }
        return new OcppFrame(at.toString(), way, type, id, action, kept);
    }

    /** Masks the element {@code index} of {@code parent} (an array) or what it holds; whether it changed anything. */
    private static boolean mask(ArrayNode parent, int index) {
        JsonNode node = parent.get(index);
        if (node.isTextual()) {
            String clean = USER_INFO.matcher(node.textValue()).replaceAll("$1***@");
            if (!clean.equals(node.textValue())) {
                parent.set(index, TextNode.valueOf(clean));
                return true;
            }
            return false;
        }
        return maskContainer(node);
    }

    private static boolean maskContainer(JsonNode node) {
        boolean masked = false;
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                masked |= mask(array, i);
            }
        } else if (node instanceof ObjectNode object) {
            JsonNode key = object.get("key");
            boolean secretValue = key != null && key.isTextual() && SECRET_NAME.matcher(key.textValue()).matches();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                boolean secret = SECRET_NAME.matcher(field.getKey()).matches()
                        || (secretValue && field.getKey().equals("value"));
                if (secret && !value.isNull() && !(value.isTextual() && value.textValue().isEmpty())) {
                    field.setValue(TextNode.valueOf(REMOVED));
                    masked = true;
                } else if (value.isTextual()) {
                    String clean = USER_INFO.matcher(value.textValue()).replaceAll("$1***@");
                    if (!clean.equals(value.textValue())) {
                        field.setValue(TextNode.valueOf(clean));
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
