package org.kempelen.model;

import org.kempelen.scenario.WorkerParams;

/**
 * Speed and learning by doing (docs/ODD.md 7.4.2): a worker's task time, search time and error
 * rate from its speed and the tasks it has submitted, and how often it compares two offers.
 * Experience is read at the start of a visit or at a review, so a worker's day is decided from
 * state no other worker changes.
 */
final class Experience {
    private final double gain;
    private final double tasks;
    private final double selection;
    /** lambda(L): the learning factor of the reference worker whose times are the nominal ones. */
    private final double reference;

    Experience(WorkerParams p) {
        this.gain = p.learningGain();
        this.tasks = p.learningTasks();
        this.selection = p.selectionShare();
        this.reference = 1 + gain * -Math.expm1(-1);
    }

    /** Learning progress e(x) = 1 - exp(-x / L): 0 for a newcomer, toward 1 with diminishing returns. */
    double progress(int done) {
        return -Math.expm1(-done / tasks);
    }

    /** Learning factor lambda(x) = 1 + g e(x). */
    double factor(int done) {
        return 1 + gain * progress(done);
    }

    /**
     * Worker w's minutes for a task of {@code nominal} minutes: nominal lambda(L) / (speed x lambda(x)).
     * Nominal times are those of the worker who does the average task: speed whose inverse has mean 1, experience L.
     */
    double taskMinutes(Workers ws, int w, double nominal) {
        return nominal * reference / (ws.speed[w] * factor(ws.tasksDone[w]));
    }

    /** Worker w's search minutes per offer shown: nominal lambda(L) / lambda(x) (speed does not shorten reading a list). */
    double searchMinutes(Workers ws, int w, double nominal) {
        return nominal * reference / factor(ws.tasksDone[w]);
    }

    /** Worker w's error rate (1 - skill) / lambda: times a campaign's difficulty, its risk of rejection or test failure. */
    double errorRate(Workers ws, int w) {
        return (1 - ws.skill[w]) / factor(ws.tasksDone[w]);
    }

    /** Probability q(x) = s e(x) that a worker compares an offer drawn with a second. */
    double compareProbability(int done) {
        return selection * progress(done);
    }
}
