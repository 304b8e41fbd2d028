package org.operatorlab.ui.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * One classroom demo as its file in {@code resources/demos} describes it.
 *
 * @param file         the demo file it was read from
 * @param title        the gallery's label
 * @param explanation  what a teacher reads aloud: what happens and what to look at
 * @param problem      the problem file it runs on (in {@code resources/problems}); null for a demo without one
 * @param model        the shipped model file (in {@code resources/models}); null when the demo trains live or uses none
 * @param trainCommand the exact commands that produced {@code model}; null without a model
 * @param steps        what the demo does, in order; the last step's result is what it shows
 */
public record Demo(Path file, String title, String explanation, Path problem, Path model, String trainCommand,
                   List<DemoStep> steps) {
    public Demo {
        steps = List.copyOf(steps);
    }

    @Override
    public String toString() {
        return title;
    }
}
