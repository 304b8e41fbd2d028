package org.operatorlab.app.cli;

import picocli.CommandLine.Command;

/** {@code operatorlab}: the top-level command; every job is a subcommand. */
@Command(name = "operatorlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Solve PDEs on meshes with classical solvers and neural operators (FNO, DeepONet, PINN).",
        subcommands = {
            ValidateCommand.class,
            MeshCommand.class,
            GuiCommand.class,
            SolveCommand.class,
            GenerateCommand.class,
            DemoCommand.class,
            TrainCommand.class, PredictCommand.class, EvaluateCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
public final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
