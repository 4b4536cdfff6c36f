package org.kempelen.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kempelen.experiment.design.Factor;
import org.kempelen.output.AtomicFiles;
import org.kempelen.output.Fmt;
import org.kempelen.scenario.Overlay;

/**
 * A scenario file per front member, front/member-K.yaml: it {@code extends} the base scenario
 * with the search's fixed settings and the member's lever values (exact), so that {@code run}
 * and {@code compare} take the member further. Its comments give, per state of the world and
 * replication, the command that reruns exactly a run of the search (the state's uncertain
 * values and the seed as {@code --set}).
 */
final class MemberFiles {
    static final String DIR = "front";

    private MemberFiles() {}

    static String relative(int member) {
        return DIR + "/member-" + member + ".yaml";
    }

    static void write(PolicySearch.Result r) throws IOException {
        Path dir = r.out().resolve(DIR);
        if (Files.isDirectory(dir)) AtomicFiles.deleteTree(dir);
        Files.createDirectories(dir);
        for (int k = 0; k < r.front().size(); k++) AtomicFiles.write(r.out().resolve(relative(k + 1)), text(r, k + 1, r.candidates().get(r.front().get(k))));
    }

    static String text(PolicySearch.Result r, int member, Candidate c) {
        SearchSpec spec = r.spec();
        StringBuilder b = new StringBuilder();
        b.append("# Member ").append(member).append(" of the front of policy search '").append(spec.name()).append("' (").append(spec.file())
                .append("): candidate ").append(c.id()).append(c.isBase() ? ", the base scenario" : ", generation " + c.generation()).append(".\n");
        for (int o = 0; o < spec.objectives().size(); o++) {
            b.append("#   ").append(spec.objectives().get(o).column()).append(" = ").append(Fmt.number(r.objectives().get(c.id())[o])).append('\n');
        }
        b.append("# Each run of the search, exactly (from the directory above front/):\n");
        for (int s = 0; s < r.states().size(); s++) {
            for (int rep = 0; rep < spec.replications(); rep++) {
                b.append("#   state ").append(s).append(", replication ").append(rep + 1).append(": ./kempelen run ").append(relative(member));
                if (spec.sharedBurnIn()) b.append(" --from-state ").append(r.out().relativize(StatesOfTheWorld.burnIn(r.out(), s, rep)).toString().replace('\\', '/'));
                for (String o : r.states().overrides(s, rep)) b.append(" --set ").append(o);
                b.append('\n');
            }
        }
        b.append(Overlay.extendsLine(r.out().resolve(DIR), spec.scenario(), true));
        b.append("name: ").append(Overlay.quote(spec.name() + "-member-" + member)).append('\n');
        b.append("description: Member ").append(member).append(" of the front of policy search ").append(spec.name()).append('\n');
        Overlay overlay = new Overlay();
        for (String o : spec.overrides()) {
            int eq = o.indexOf('=');
            overlay.set(o.substring(0, eq), o.substring(eq + 1));
        }
        for (Factor f : spec.levers()) {
            Object v = c.levers().get(f.path());
            // Exact: Java's shortest text that reads back as the same double.
            if (v != null) overlay.set(f.path(), String.valueOf(v));
        }
        overlay.appendTo(b);
        return b.toString();
    }
}
