package org.kempelen.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pretty, ordered JSON with numbers rounded as in the CSV files and null for values not available. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static String write(Map<String, Object> tree) {
        try {
            return MAPPER.writeValueAsString(normalise(tree)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object normalise(Object v) {
        if (v instanceof Double d) return Fmt.json(d);
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k.toString(), normalise(x)));
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(Json::normalise).toList();
        return v;
    }
}
