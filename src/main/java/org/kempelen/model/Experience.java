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

    /** Worker w's learning progress now, e(x) of the tasks it has submitted; the methods below take it, so a visit draws it once. */
    double progress(Workers ws, int w) {
        return progress(ws.tasksDone[w]);
    }

    /** Learning factor lambda = 1 + g e. */
    private double factor(double progress) {
        return 1 + gain * progress;
    }

    /**
     * Worker w's minutes for a task of {@code nominal} minutes at learning progress e: nominal lambda(L) / (speed x lambda(e)).
     * Nominal times are those of the worker who does the average task: speed whose inverse has mean 1, experience L.
     */
    double taskMinutes(Workers ws, int w, double progress, double nominal) {
        return nominal * reference / (ws.speed[w] * factor(progress));
    }

    /** Search minutes per offer shown at learning progress e: nominal lambda(L) / lambda(e) (speed does not shorten reading a list). */
    double searchMinutes(double progress, double nominal) {
        return nominal * reference / factor(progress);
    }

    /** Worker w's error rate at learning progress e, (1 - skill) / lambda(e): times a campaign's difficulty, its risk of rejection or test failure. */
    double errorRate(Workers ws, int w, double progress) {
        return (1 - ws.skill[w]) / factor(progress);
    }

    /** Probability q = s e that a worker at learning progress e compares an offer drawn with a second. */
    double compareProbability(double progress) {
        return selection * progress;
    }
}
