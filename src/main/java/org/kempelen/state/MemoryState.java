package org.kempelen.state;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import org.kempelen.model.MarketState;

/**
 * A market state held in memory: the arrays a {@link MarketState.Sink} is given, copied, then
 * read back in the same order. A policy switched on a running market carries the market over
 * this way, with no file (the same arrays a state file would hold, so the same guarantees).
 */
public final class MemoryState implements MarketState.Sink {
    private record Entry(String name, Object array) {}

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void put(String name, Object primitiveArray, int count) {
        Class<?> type = primitiveArray.getClass().getComponentType();
        if (type == null || !type.isPrimitive()) throw new IllegalArgumentException(name + ": not a primitive array");
        Object copy = Array.newInstance(type, count);
        System.arraycopy(primitiveArray, 0, copy, 0, count);
        entries.add(new Entry(name, copy));
    }

    /** The arrays in the order they were put; a name or type other than the one asked for is refused, as a state file refuses it. */
    public MarketState.Source source() {
        return new MarketState.Source() {
            private int next;

            @Override
            public Object take(String name, Class<?> elementType) {
                if (next >= entries.size()) throw new IllegalStateException("expected the record '" + name + "' but the state has ended");
                Entry e = entries.get(next++);
                if (!e.name().equals(name) || e.array().getClass().getComponentType() != elementType) {
                    throw new IllegalStateException("expected the record '" + name + "' of " + elementType + " but found '" + e.name() + "'");
                }
                return e.array();
            }
        };
    }
}
