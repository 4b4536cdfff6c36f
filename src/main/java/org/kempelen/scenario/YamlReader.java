package org.kempelen.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads YAML into {@link Node}s that remember their line and column. Duplicate keys are
 * reported rather than silently overwritten, as Jackson's default tree model would.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {}

    /**
     * The text of a YAML file; {@code what} says what the file should be, for the message when
     * there is none. A file larger than {@link InputLimits#MAX_FILE_BYTES} is refused before it
     * is read (and a pipe or device as soon as that much has come).
     */
    public static String readFile(Path file, String what) throws ScenarioException {
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            byte[] bytes = size > InputLimits.MAX_FILE_BYTES ? null : readAtMost(file, InputLimits.MAX_FILE_BYTES + 1);
            if (bytes == null || bytes.length > InputLimits.MAX_FILE_BYTES) {
                throw new ScenarioException(new Problem(Location.of(file.toString()), "", "the file is too large ("
                        + (bytes == null ? size + " bytes" : "more than " + InputLimits.MAX_FILE_BYTES + " bytes") + "; at most "
                        + InputLimits.MAX_FILE_BYTES + " bytes, 1 MiB, are allowed); expected " + what));
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScenarioException(new Problem(Location.of(file.toString()), "", "no such file; expected " + what));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioException(new Problem(Location.of(file.toString()), "", "not a text file (not UTF-8); expected " + what));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(Location.of(file.toString()), "", "cannot read: " + e.getMessage()));
        }
    }

    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    /** Parses a whole document; {@code source} names it in messages. */
    public static Node parse(String text, String source) throws ScenarioException {
        if (text.length() > InputLimits.MAX_FILE_BYTES) {
            throw new ScenarioException(new Problem(Location.of(source), "", "the text is too large (" + text.length()
                    + " characters); at most " + InputLimits.MAX_FILE_BYTES + " are allowed"));
        }
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
            Node root = read(p, source, "", problems);
            if (p.nextToken() != null) {
                problems.add(new Problem(at(p.currentTokenLocation(), source), "",
                        "more than one YAML document; a scenario file holds exactly one"));
            }
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            return root;
        } catch (JsonProcessingException e) {
            throw new ScenarioException(syntaxProblem(e, source));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(Location.of(source), "", "cannot read: " + e.getMessage()));
        }
    }

    /**
     * The document's root as a mapping, or a problem at the root: what was found, then
     * {@code shape}, which says what the file should be (a scenario, sweep, search, ... file).
     */
    public static Node.MapNode mapping(Node root, String shape) throws ScenarioException {
        if (root instanceof Node.MapNode map) return map;
        throw new ScenarioException(new Problem(root.location(), "", "found " + root.describeType() + "; " + shape));
    }

    /** Parses one value given on the command line ({@code --set path=value}). */
    public static Node parseValue(String text, String source) throws ScenarioException {
        if (text.isBlank()) {
            // "--set name=" gives no value, as "name:" does in a file.
            return new Node.ScalarNode(Location.of(source), Node.ScalarNode.Kind.NULL, "");
        }
        return parse(text, source);
    }

    /** Reads the value at the current token; {@code path} names it in messages. */
    private static Node read(JsonParser p, String source, String path, List<Problem> problems) throws IOException {
        Location loc = at(p.currentTokenLocation(), source);
        JsonToken t = p.currentToken();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            // Jackson's streaming parser cannot resolve aliases: it hands back the anchor name as text.
            problems.add(new Problem(loc, path, "found the YAML alias '*" + p.getText()
                    + "'; aliases (and '<<' merge keys) are not supported in scenarios, write the value out in full"));
            return new Node.ScalarNode(loc, Node.ScalarNode.Kind.NULL, "");
        }
        switch (t) {
            case START_OBJECT: {
                var entries = new LinkedHashMap<String, Node.MapNode.Entry>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyLoc = at(p.currentTokenLocation(), source);
                    p.nextToken();
                    if (key.length() > InputLimits.MAX_KEY) {
                        problems.add(new Problem(keyLoc, path, "a key of " + key.length() + " characters ('" + InputLimits.shorten(key)
                                + "'); keys are at most " + InputLimits.MAX_KEY + " characters"));
                        p.skipChildren();
                        continue;
                    }
                    String childPath = Checks.join(path, key);
                    Node value = read(p, source, childPath, problems);
                    var previous = entries.get(key);
                    if (previous != null) {
                        problems.add(new Problem(keyLoc, childPath, "duplicate key '" + key
                                + "' (first given at line " + previous.keyLocation().line() + "); give each key once"));
                    } else {
                        entries.put(key, new Node.MapNode.Entry(key, keyLoc, value));
                    }
                }
                return new Node.MapNode(loc, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                int count = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (++count > InputLimits.MAX_LIST) {
                        p.skipChildren();
                    } else {
                        items.add(read(p, source, path + "[" + items.size() + "]", problems));
                    }
                }
                if (count > InputLimits.MAX_LIST) {
                    problems.add(new Problem(loc, path, "a list of " + count + " items; lists hold at most " + InputLimits.MAX_LIST + " items"));
                }
                return new Node.ListNode(loc, items);
            }
            case VALUE_NUMBER_INT:
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.INTEGER, p.getText());
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.DECIMAL, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                // Kept as written: YAML also reads yes/no/on/off as booleans (see RecordBinder.isTrue), and a
                // text parameter given 'yes' must stay 'yes'.
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.BOOLEAN, p.getText());
            case VALUE_NULL:
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.NULL, "");
            default:
                if (p.getTextLength() > InputLimits.MAX_TEXT) {
                    problems.add(new Problem(loc, path, "a text of " + p.getTextLength() + " characters ('" + InputLimits.shorten(p.getText())
                            + "'); texts are at most " + InputLimits.MAX_TEXT + " characters"));
                }
                return new Node.ScalarNode(loc, Node.ScalarNode.Kind.STRING, p.getText());
        }
    }

    /**
     * A syntax error in the words of the YAML parser (SnakeYAML) but without its multi-line
     * excerpt: what is wrong, at the line and column where it is wrong, and what construct was
     * being read, e.g. "expected ',' or ']', but got the end of the file (in the flow sequence
     * starting at line 3, column 15)".
     */
    private static Problem syntaxProblem(JsonProcessingException e, String source) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
                Location loc = m.getProblemMark() != null
                        ? new Location(source, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1)
                        : e.getLocation() != null ? at(e.getLocation(), source) : Location.of(source);
                String msg = InputLimits.parserMessage(plain(m.getProblem()));
                if (m.getContext() != null && m.getContextMark() != null) {
                    msg += " (" + plain(m.getContext()).replaceFirst("^while (parsing|scanning) ", "in ")
                            + " starting at line " + (m.getContextMark().getLine() + 1)
                            + ", column " + (m.getContextMark().getColumn() + 1) + ")";
                }
                return new Problem(loc, "", "not valid YAML: " + msg);
            }
        }
        JsonLocation l = e.getLocation();
        String msg = e.getOriginalMessage() == null ? "malformed YAML" : InputLimits.parserMessage(e.getOriginalMessage());
        if (msg.startsWith("Expected a field name")) {
            msg = "a key must be plain text; lists or mappings as keys ('? [a]') are not supported";
        }
        // Whatever else Jackson says, never its internal class names.
        msg = msg.replaceAll("<org\\.yaml[^>]*>", "an unexpected YAML construct");
        return new Problem(l == null ? Location.of(source) : at(l, source), "", "not valid YAML: " + msg);
    }

    /** SnakeYAML's token names in everyday words. */
    private static String plain(String s) {
        return s.replace("<stream end>", "the end of the file")
                .replace("end of stream", "end of the file")
                .replace("<block end>", "the end of the indented block")
                .replace("<block mapping start>", "a new indented mapping")
                .replace("<block sequence start>", "a new indented list")
                .replace("'?'", "a key")
                .replace("<scalar>", "a value")
                .replace("scalar", "text")
                .replace("(TAB)", "")
                .replace("\\t", "tab");
    }

    private static Location at(JsonLocation l, String source) {
        return new Location(source, l.getLineNr(), l.getColumnNr());
    }
}
