package org.operatorlab.ui.demo;

import java.nio.file.Path;
import java.util.Locale;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.mesh.task.ProgressListener;

/**
 * Measures each shipped demo end to end (reading, meshing, every step) without a window, as the
 * classroom table in docs/classroom.md reports it. Not a test: run by hand, e.g.
 * {@code java -cp ... org.operatorlab.ui.demo.DemoTimings [repository root] [demo file name part]}.
 */
public final class DemoTimings {
    private DemoTimings() { }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        String only = args.length > 1 ? args[1] : "";
        DemoLibrary library = new DemoLibrary(root.resolve("resources"));
        for (DemoLibrary.Entry e : library.entries()) {
            if (!e.file().getFileName().toString().contains(only)) {
                continue;
            }
            if (e.demo() == null) {
                System.out.println(e.file().getFileName() + ": " + e.error());
                continue;
            }
            long start = System.nanoTime();
            DemoResult r = new DemoRunner().run(e.demo(), ProgressListener.NONE, CancellationToken.none());
            double seconds = (System.nanoTime() - start) * 1e-9;
            System.out.printf(Locale.ROOT, "%-34s %6.1f s  %s%n", e.file().getFileName(), seconds, r.summary());
        }
    }
}
