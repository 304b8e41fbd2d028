package org.operatorlab.app.cli;

import java.nio.file.Path;

/** Where the installation lives: the launcher passes it as {@code operatorlab.home}. */
final class Installation {
    private Installation() { }

    static Path home() {
        return Path.of(System.getProperty("operatorlab.home", System.getProperty("user.dir")));
    }
}
