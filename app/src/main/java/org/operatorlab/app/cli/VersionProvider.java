package org.operatorlab.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is written in one place (the pom). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "operatorlab " + (version == null ? "development build" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
