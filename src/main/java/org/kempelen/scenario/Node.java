package org.kempelen.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value as read from a scenario, with the place it was read from. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
    Location location();

    /** What a user would call the value's type, for error messages. */
    String describeType();

    /** A mapping; keys keep file order. */
    record MapNode(Location location, Map<String, Entry> entries) implements Node {
        public record Entry(String key, Location keyLocation, Node value) {}

        public static MapNode empty(Location location) {
            return new MapNode(location, new LinkedHashMap<>());
        }

        public Node get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override public String describeType() { return "a mapping"; }
    }

    record ListNode(Location location, List<Node> items) implements Node {
        public static ListNode empty(Location location) {
            return new ListNode(location, new ArrayList<>());
        }

        @Override public String describeType() { return "a list"; }
    }

    record ScalarNode(Location location, Kind kind, String text) implements Node {
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describeType() {
            return switch (kind) {
                case STRING -> "text " + InputLimits.quote(text);
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
            };
        }
    }
}
