package org.kempelen.model;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole state of a market between two days, as a sequence of named primitive arrays
 * (docs/ODD.md 7.9; docs/STATES.md): every worker, requester, campaign, platform ledger, pending
 * review, misuse to come, the counters, and every random stream's position. Parameters are not
 * part of it: a restored market takes them from its (possibly changed) scenario. The format of
 * the file around these arrays is not the model's business ({@link Sink}, {@link Source}).
 */
public final class MarketState {
    /** Where a state is written: named arrays, in the order {@link Source} reads them back. */
    public interface Sink {
        /** The first {@code count} values of the array (so a struct's unused room is neither copied nor written). */
        void put(String name, Object primitiveArray, int count);

        default void put(String name, Object primitiveArray) {
            put(name, primitiveArray, java.lang.reflect.Array.getLength(primitiveArray));
        }
    }

    /**
     * Where a state is read from: the next array, which must have this name and element type.
     * Implementations throw {@link IllegalStateException} with a message for the reader when it does not.
     */
    public interface Source {
        Object take(String name, Class<?> elementType);
    }

    private MarketState() {}

    /** Writes the state of {@code m} at the start of its current day, before any phase of that day. */
    public static void save(MarketModel m, int dayIndex, Sink out) {
        out.put("model.dayIndex", new int[] {dayIndex});
        out.put("model.scalars", new long[] {m.nextCampaignIdPeek(), m.burnInOffersEvaluated, m.burnInWorkerDays});
        out.put("model.meanPressure", m.meanPressure);
        out.put("model.activeByCountry", m.activeByCountry);
        out.put("model.meanBelief", m.meanBelief);
        saveRandom(m, out);
        saveCountries(m.countries, out);
        out.put("workers.size", new int[] {m.workers.size, m.workers.activeCount});
        struct("workers.", m.workers, m.workers.size, m.workers.capacity, out);
        struct("stats.", m.stats, 0, 0, out);
        for (Requester q : m.requesters) q.save("requester." + q.id + ".", out);
        List<Campaign> campaigns = campaignsById(m);
        CampaignColumns.save(campaigns, out);
        out.put("campaigns.open", ids(m.open));
        out.put("campaigns.stored", ids(m.stored));
        out.put("campaigns.all", ids(m.allCampaigns));
        for (Platform p : m.platforms) {
            String at = "platform." + p.index + ".";
            struct(at + "ledger.", p.ledger, 0, 0, out);
            out.put(at + "recentPay", p.recentPay);
            out.put(at + "recentHours", p.recentHours);
            PendingWork.save(p.pending, at + "pending.", out);
        }
        m.misuse.save(out);
        m.entryExit.save(out);
    }

    /** The day index (0 = the first burn-in day) the saved state starts at. */
    public static int dayIndex(Source in) {
        return ((int[]) in.take("model.dayIndex", int.class))[0];
    }

    /**
     * Fills {@code m}, freshly built and started with {@link MarketModel#startRestored}, from a
     * state written by {@link #save} after its day index was read with {@link #dayIndex}.
     */
    static void restore(MarketModel m, Source in) {
        long[] scalars = (long[]) in.take("model.scalars", long.class);
        m.restoreCampaignIds((int) scalars[0]);
        m.burnInOffersEvaluated = scalars[1];
        m.burnInWorkerDays = scalars[2];
        copy(in, "model.meanPressure", m.meanPressure);
        copy(in, "model.activeByCountry", m.activeByCountry);
        copy(in, "model.meanBelief", m.meanBelief);
        restoreRandom(m, in);
        restoreCountries(m.countries, in);
        int[] size = (int[]) in.take("workers.size", int.class);
        m.workers.ensureCapacity(size[0]);
        m.workers.size = size[0];
        m.workers.activeCount = size[1];
        unstruct("workers.", m.workers, in);
        unstruct("stats.", m.stats, in);
        for (Requester q : m.requesters) q.restore("requester." + q.id + ".", in);
        Map<Integer, Campaign> byId = new HashMap<>();
        for (Campaign c : CampaignColumns.restore(m, in)) byId.put(c.id, c);
        fill(m.open, in.take("campaigns.open", int.class), byId, "campaigns.open");
        fill(m.stored, in.take("campaigns.stored", int.class), byId, "campaigns.stored");
        fill(m.allCampaigns, in.take("campaigns.all", int.class), byId, "campaigns.all");
        for (Platform p : m.platforms) {
            String at = "platform." + p.index + ".";
            unstruct(at + "ledger.", p.ledger, in);
            copy(in, at + "recentPay", p.recentPay);
            copy(in, at + "recentHours", p.recentHours);
            PendingWork.restore(p.pending, at + "pending.", in, byId);
        }
        m.misuse.restore(in, byId);
        m.entryExit.restore(in);
    }

    // ---------------------------------------------------------------- parts

    /** MASON's generators give their state only as a stream: written to memory here, no file is touched. */
    private static void saveRandom(MarketModel m, Sink out) {
        MersenneTwisterFast[] streams = m.streams();
        for (int i = 0; i < streams.length; i++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream data = new DataOutputStream(bytes)) {
                streams[i].writeState(data);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            out.put("random." + i, bytes.toByteArray());
        }
    }

    private static void restoreRandom(MarketModel m, Source in) {
        MersenneTwisterFast[] streams = m.streams();
        for (int i = 0; i < streams.length; i++) {
            byte[] bytes = (byte[]) in.take("random." + i, byte.class);
            try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes))) {
                streams[i].readState(data);
            } catch (IOException e) {
                throw new IllegalStateException("random stream " + i + " of the state is cut short", e);
            }
        }
    }

    /** The country values that shocks change (those in force); the others come from the scenario. */
    private static double[][] shockable(Countries c) {
        return new double[][] {c.livingCostDaily, c.pppFactor, c.otherIncomeFactor, c.localHourlyWage, c.minimumWageHourly,
                c.safetyNetBenefit, c.safetyNetCoverage, c.noOtherIncomeShare};
    }

    private static void saveCountries(Countries c, Sink out) {
        double[][] a = shockable(c);
        for (int i = 0; i < a.length; i++) out.put("countries." + i, a[i]);
    }

    private static void restoreCountries(Countries c, Source in) {
        double[][] a = shockable(c);
        for (int i = 0; i < a.length; i++) copy(in, "countries." + i, a[i]);
    }

    private static List<Campaign> campaignsById(MarketModel m) {
        Map<Campaign, Boolean> seen = new IdentityHashMap<>();
        List<Campaign> all = new ArrayList<>();
        for (List<Campaign> list : List.of(m.allCampaigns, m.open, m.stored)) {
            for (Campaign c : list) if (seen.put(c, Boolean.TRUE) == null) all.add(c);
        }
        // Pending reviews and misuse to come refer to campaigns by id: those are in the lists above.
        all.sort(Comparator.comparingInt(c -> c.id));
        return all;
    }

    private static int[] ids(List<Campaign> list) {
        int[] ids = new int[list.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = list.get(i).id;
        return ids;
    }

    private static void fill(List<Campaign> list, Object ids, Map<Integer, Campaign> byId, String name) {
        list.clear();
        for (int id : (int[]) ids) list.add(campaign(byId, id, name));
    }

    static Campaign campaign(Map<Integer, Campaign> byId, int id, String name) {
        Campaign c = byId.get(id);
        if (c == null) throw new IllegalStateException(name + " refers to campaign " + id + ", which the state does not hold");
        return c;
    }

    // ---------------------------------------------------------------- arrays

    /** Copies the next array, which must have {@code into}'s length, into it. */
    public static void copy(Source in, String name, Object into) {
        Object a = in.take(name, into.getClass().getComponentType());
        int n = Array.getLength(a), want = Array.getLength(into);
        if (n != want) throw new IllegalStateException(name + " holds " + n + " values where this market has " + want);
        System.arraycopy(a, 0, into, 0, n);
    }

    /**
     * A struct of arrays: every primitive array field (its first {@code slots} x width elements
     * when its length is a multiple width of {@code capacity}, else all) and every non-final
     * primitive field, by name; final scalars are dimensions or parameters, transient fields are
     * the layout of this market (room allocated), and a nested
     * {@link PlatformCounts} is a struct too.
     */
    static void struct(String prefix, Object o, int slots, int capacity, Sink out) {
        for (Field f : fields(o.getClass())) {
            Object v = get(f, o);
            Class<?> t = f.getType();
            if (t.isArray()) {
                int n = Array.getLength(v);
                if (capacity > 0 && n % capacity == 0) n = n / capacity * slots;
                out.put(prefix + f.getName(), v, n);
            } else if (t == PlatformCounts.class) {
                struct(prefix + f.getName() + ".", v, 0, 0, out);
            } else if (!Modifier.isFinal(f.getModifiers())) {
                Object one = Array.newInstance(t, 1);
                Array.set(one, 0, v);
                out.put(prefix + f.getName(), one);
            }
        }
    }

    /** Reads back what {@link #struct} wrote into a struct of the same shape (arrays at least as long). */
    static void unstruct(String prefix, Object o, Source in) {
        for (Field f : fields(o.getClass())) {
            Object v = get(f, o);
            Class<?> t = f.getType();
            String name = prefix + f.getName();
            if (t.isArray()) {
                Object a = in.take(name, t.getComponentType());
                int n = Array.getLength(a);
                if (n > Array.getLength(v)) throw new IllegalStateException(name + " holds " + n + " values where this market has room for " + Array.getLength(v));
                System.arraycopy(a, 0, v, 0, n);
            } else if (t == PlatformCounts.class) {
                unstruct(name + ".", v, in);
            } else if (!Modifier.isFinal(f.getModifiers())) {
                Object a = in.take(name, t);
                try {
                    f.set(o, Array.get(a, 0));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The instance fields a struct is saved by: primitives, primitive arrays, nested counts; sorted by name so the order never depends on the compiler. */
    private static List<Field> fields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            // Transient: how this market is laid out (its allocated room), not what happened in it.
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) continue;
            Class<?> t = f.getType();
            boolean primitiveArray = t.isArray() && t.getComponentType().isPrimitive();
            if (!t.isPrimitive() && !primitiveArray && t != PlatformCounts.class) {
                // A field a state would silently leave out would break continuing byte for byte: say so where it is added.
                throw new IllegalStateException(c.getSimpleName() + "." + f.getName() + " is neither primitive nor a primitive array,"
                        + " so a saved state cannot hold it: make it one, or transient if it is not part of what happened");
            }
            f.setAccessible(true);
            out.add(f);
        }
        out.sort(Comparator.comparing(Field::getName));
        return out;
    }

    private static Object get(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
