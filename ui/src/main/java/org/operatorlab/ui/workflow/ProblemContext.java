package org.operatorlab.ui.workflow;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;
import org.operatorlab.solvers.problem.Problem;
import org.operatorlab.solvers.problem.ProblemDomain;
import org.operatorlab.solvers.problem.ProblemDomains;

/**
 * What every panel works on: the current valid problem (from the editor or a file), the file it came
 * from, and the last data set generated. Meshing happens inside each panel's background job through
 * {@link #meshed}, cached for the current problem, so editing the problem never interrupts a running job.
 * Properties are changed on the JavaFX thread only.
 */
public final class ProblemContext {
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObjectProperty<Path> dataSet = new SimpleObjectProperty<>(this, "dataSet");
    private MeshedProblem cached;

    /** The current valid problem; null while there is none (nothing opened, or the editor shows an error). */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem.get());
    }

    /** The problem file the current problem was read from or saved to; null for one never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The last data set written by the Data panel (the Train panel's default). */
    public ObjectProperty<Path> dataSetProperty() {
        return dataSet;
    }

    /** Makes {@code p} (null: none) the current problem, read from {@code source} (null: unsaved edits). */
    public void setProblem(Problem p, Path source) {
        file.set(source);
        problem.set(p);
    }

    /**
     * The mesh or grid of {@code p}, built on the calling (background) thread unless it is the one built
     * last. Thread-safe; meshing a 20,000-element mesh takes about a second.
     */
    public MeshedProblem meshed(Problem p, ProgressListener progress, CancellationToken cancel) {
        synchronized (this) {
            if (cached != null && cached.problem() == p) {
                return cached;
            }
        }
        ProblemDomain domain = ProblemDomains.mesh(p, progress, cancel);
        MeshedProblem meshed = new MeshedProblem(p, domain);
        synchronized (this) {
            cached = meshed;
        }
        return meshed;
    }
}
