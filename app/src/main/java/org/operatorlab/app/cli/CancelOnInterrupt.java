package org.operatorlab.app.cli;

import org.operatorlab.mesh.task.CancellationToken;

/**
 * Runs long work with a cancellation token that Ctrl-C (SIGINT/SIGTERM) sets, and waits for the work
 * to stop, so an interrupted command ends cleanly and leaves no half-written file.
 */
final class CancelOnInterrupt {
    private CancelOnInterrupt() { }

    @FunctionalInterface
    interface Work<T> {
        T run(CancellationToken cancel) throws Exception;
    }

    static <T> T run(Work<T> work) throws Exception {
        CancellationToken cancel = new CancellationToken();
        Thread worker = Thread.currentThread();
        Object done = new Object();
        boolean[] finished = {false};
        Thread hook = new Thread(() -> {
            cancel.cancel();
            synchronized (done) {
                long deadline = System.currentTimeMillis() + 10_000;
                while (!finished[0] && System.currentTimeMillis() < deadline) {
                    try {
                        done.wait(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "operatorlab-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.run(cancel);
        } finally {
            synchronized (done) {
                finished[0] = true;
                done.notifyAll();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it sees finished and returns
            }
            assert worker == Thread.currentThread();
        }
    }
}
