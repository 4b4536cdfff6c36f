package org.kempelen.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Reads YAML into {@link Node}s that remember their line and column. Duplicate keys are
 * reported rather than silently overwritten, as Jackson's default tree model would.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {}

    /** Parses a whole document; {@code source} names it in messages. */
    public static Node parse(String text, String source) throws ScenarioException {
        if (text.isBlank()) {
            throw new ScenarioException(new Problem(Location.of(source), "",
                    "the file is empty; a scenario is a YAML mapping such as 'name: baseline'"));
        }
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(new StringReader(text))) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ScenarioException(new Problem(Location.of(source), "",
                        "the file holds no YAML value (only comments?); a scenario is a YAML mapping such as 'name: baseline'"));
            }
            Node root = read(p, source, problems);
            if (p.nextToken() != null) {
                problems.add(new Problem(at(p.currentTokenLocation(), source), "",
                        "more than one YAML document; a scenario file holds exactly one"));
            }
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
            throw new ScenarioException(new Problem(l == null ? Location.of(source) : at(l, source), "",
                    "not valid YAML: " + msg));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(Location.of(source), "", "cannot read: " + e.getMessage()));
        }
    }

    /** Parses one value given on the command line ({@code --set path=value}). */
    public static Node parseValue(String text, String source) throws ScenarioException {
        if (text.isEmpty()) {
            return new Node.ScalarNode(Location.of(source), Node.ScalarNode.Kind.STRING, "");
        }
        return parse(text, source);
    }

    private static Node read(JsonParser p, String source, List<Problem> problems) throws IOException {
        Location loc = at(p.currentTokenLocation(), source);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                var entries = new LinkedHashMap<String, Node.MapNode.Entry>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyLoc = at(p.currentTokenLocation(), source);
                    p.nextToken();
                    Node value = read(p, source, problems);
                    var previous = entries.get(key);
                    if (previous != null) {
                        problems.add(new Problem(keyLoc, key, "duplicate key '" + key
                                + "' (first given at line " + previous.keyLocation().line() + "); give each key once"));
                    } else {
                        entries.put(key, new Node.MapNode.Entry(key, keyLoc, value));
                    }
                }
                return new Node.MapNode(loc, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, source, problems));
                }
                return new Node.ListNode(loc, items);
            }
            case VALUE_NUMBER_INT:
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.INTEGER, p.getText());
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.DECIMAL, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.BOOLEAN, p.getText().toLowerCase(Locale.ROOT));
            case VALUE_NULL:
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.NULL, "");
            default:
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.STRING, p.getText());
        }
    }

    private static Location at(JsonLocation l, String source) {
        return new Location(source, l.getLineNr(), l.getColumnNr());
    }
}
