package org.kempelen.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario composition: a scenario file may say {@code extends: other.yaml} (relative to its
 * own folder) and give only what differs. The base's tree is merged under the file's before
 * anything is bound, so a value keeps the place (file, line) it was written at and errors point
 * there. Rules: mappings merge key by key; a list or a scalar replaces the base's; a key set
 * to an empty value (~) is removed, so the parameter takes its default or a country leaves
 * the set; {@code name} and {@code description} are never inherited, since a scenario that
 * extends another asks a question of its own.
 * <p>A platform ({@code platform}, or an entry of {@code platforms}) may say {@code extends: FILE}
 * too: its base is then the platform of that scenario file, not the first platform, so a market
 * can set the field's platforms side by side, each from its own preset (docs/ODD.md 7.10). The
 * path is resolved here, relative to the file that says it; the base platform's tree replaces
 * the path, and {@link ScenarioLoader} merges it under the platform when it binds.
 */
public final class Inheritance {
    /** The top-level key that names the base scenario. */
    public static final String KEY = "extends";

    private Inheritance() {}

    /** Reads and parses one scenario file into its tree, with file-level errors named. */
    static Node read(Path file) throws ScenarioException {
        return read(file, ScenarioFiles.DISK);
    }

    private static Node read(Path file, ScenarioFiles files) throws ScenarioException {
        return YamlReader.parse(files.read(file), file.toString());
    }

    /**
     * The tree of scenario {@code file} (at {@code absolute}, normalized) with its bases merged
     * under it, every file read from {@code files}.
     */
    static Node tree(Path file, Path absolute, ScenarioFiles files) throws ScenarioException {
        Node root = read(file, files);
        return root instanceof Node.MapNode map ? compose(map, absolute.getParent(), List.of(absolute), files) : root;
    }

    /**
     * {@code root} (read from a file in {@code folder}) with its bases merged under it and the
     * {@code extends} key gone; {@code chain} holds the files that led here, to refuse cycles.
     */
    static Node.MapNode compose(Node.MapNode root, Path folder, List<Path> chain, ScenarioFiles files) throws ScenarioException {
        resolvePlatformBase(root.entries(), "platform", folder, chain, files);
        if (root.get("platforms") instanceof Node.MapNode platforms) {
            for (String name : List.copyOf(platforms.entries().keySet())) resolvePlatformBase(platforms.entries(), name, folder, chain, files);
        }
        Node.MapNode.Entry ext = root.entries().get(KEY);
        if (ext == null) return root;
        Node.MapNode composedBase = composedBase(ext, folder, chain, files);
        composedBase.entries().remove("name");
        composedBase.entries().remove("description");
        Node.MapNode own = Node.MapNode.empty(root.location());
        root.entries().forEach((k, e) -> { if (!k.equals(KEY)) own.entries().put(k, e); });
        return merge(composedBase, own);
    }

    /**
     * The platform at {@code key} of {@code holder}, if it says {@code extends: FILE}: the path is
     * replaced by FILE's platform (composed, with its own bases), which becomes its base when bound.
     */
    private static void resolvePlatformBase(Map<String, Node.MapNode.Entry> holder, String key, Path folder, List<Path> chain,
                                            ScenarioFiles files) throws ScenarioException {
        if (!(holder.get(key) != null && holder.get(key).value() instanceof Node.MapNode platform)) return;
        Node.MapNode.Entry ext = platform.entries().get(KEY);
        if (ext == null || ext.value() instanceof Node.MapNode) return;
        Node.MapNode scenario = composedBase(ext, folder, chain, files);
        Node.MapNode base = scenario.get("platform") instanceof Node.MapNode m ? m : Node.MapNode.empty(ext.value().location());
        platform.entries().put(KEY, new Node.MapNode.Entry(KEY, ext.keyLocation(), base));
    }

    /** The scenario file that {@code ext} names, composed with its own bases; cycles, missing files and non-scenarios refused. */
    private static Node.MapNode composedBase(Node.MapNode.Entry ext, Path folder, List<Path> chain, ScenarioFiles files)
            throws ScenarioException {
        Path base = basePath(ext, folder);
        Path real = base.toAbsolutePath().normalize();
        if (chain.contains(real)) {
            List<String> names = new ArrayList<>();
            for (Path p : chain.subList(chain.indexOf(real), chain.size())) names.add(p.getFileName().toString());
            names.add(real.getFileName().toString());
            throw new ScenarioException(new Problem(ext.value().location(), KEY,
                    "scenarios extend each other in a cycle: " + String.join(" -> ", names)));
        }
        if (!files.exists(base)) {
            throw new ScenarioException(new Problem(ext.value().location(), KEY, "no scenario file " + base
                    + " (the path is relative to the folder of the file that extends it)"));
        }
        Node baseTree = read(base, files);
        if (!(baseTree instanceof Node.MapNode baseMap)) {
            throw new ScenarioException(new Problem(ext.value().location(), KEY, base + " is not a scenario: it holds "
                    + baseTree.describeType() + ", not a mapping of parameters"));
        }
        List<Path> longer = new ArrayList<>(chain);
        longer.add(real);
        return compose(baseMap, base.toAbsolutePath().getParent(), longer, files);
    }

    /** The base file that {@code file} extends, or null when it extends none. */
    public static Path baseOf(Path file) throws ScenarioException {
        if (read(file) instanceof Node.MapNode m && m.entries().get(KEY) != null) {
            return basePath(m.entries().get(KEY), file.toAbsolutePath().getParent());
        }
        return null;
    }

    private static Path basePath(Node.MapNode.Entry ext, Path folder) throws ScenarioException {
        if (!(ext.value() instanceof Node.ScalarNode s) || s.kind() != Node.ScalarNode.Kind.STRING || s.text().isBlank()) {
            throw new ScenarioException(new Problem(ext.value().location(), KEY, "found " + ext.value().describeType()
                    + "; extends takes the path of one scenario file, relative to this file's folder, e.g. extends: ../baseline.yaml"));
        }
        return folder == null ? Path.of(s.text()) : folder.resolve(s.text());
    }

    /** {@code over} merged onto {@code base}: mappings key by key, anything else replaced, empty values removed. */
    static Node.MapNode merge(Node.MapNode base, Node.MapNode over) {
        Map<String, Node.MapNode.Entry> out = new LinkedHashMap<>(base.entries());
        over.entries().forEach((key, e) -> {
            Node.MapNode.Entry under = out.get(key);
            if (e.value() instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.NULL) {
                out.remove(key);
            } else if (key.equals(KEY)) {
                // A platform's base (resolved to its tree) is replaced whole, as a path would be.
                out.put(key, e);
            } else if (e.value() instanceof Node.MapNode om) {
                // Onto the base's mapping, or onto nothing, which still takes out the empty values below.
                Node.MapNode bm = under != null && under.value() instanceof Node.MapNode m ? m : Node.MapNode.empty(om.location());
                out.put(key, new Node.MapNode.Entry(key, e.keyLocation(), merge(bm, om)));
            } else {
                out.put(key, e);
            }
        });
        return new Node.MapNode(over.location(), out);
    }
}
