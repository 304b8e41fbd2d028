package org.operatorlab.app.cli;

import java.io.PrintWriter;
import org.operatorlab.mesh.task.ProgressListener;

/**
 * Prints progress on stderr as one self-overwriting line with percentage and ETA, at most a few times
 * per second so that fast loops do not drown in output.
 */
public final class StderrProgress implements ProgressListener {
    private static final long MIN_INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String label;
    private final long start = System.nanoTime();   // for the ETA when the work gives none
    private long lastPrint;

    public StderrProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && now - lastPrint < MIN_INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        StringBuilder line = new StringBuilder("\r").append(label).append(": ");
        if (total > 0) {
            line.append(String.format("%3.0f%% ", 100.0 * done / total));
        }
        if (message != null && !message.isEmpty()) {
            line.append(message);       // the work's own words, which carry its ETA
        } else if (total > 0) {
            line.append(done).append('/').append(total);
            double elapsed = (now - start) / 1e9;
            if (done > 0 && !finished) {
                line.append(" ETA ").append(formatSeconds(elapsed * (total - done) / done));
            }
        } else {
            line.append(done);
        }
        line.append("\033[K");
        if (finished) {
            line.append('\n');
        }
        err.print(line);
        err.flush();
    }

    static String formatSeconds(double seconds) {
        if (seconds < 60) {
            return String.format("%.1fs", seconds);
        }
        long s = Math.round(seconds);
        return s < 3600 ? String.format("%dm%02ds", s / 60, s % 60)
                : String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
