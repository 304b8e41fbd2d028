package org.operatorlab.operators.fno;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.operatorlab.mesh.task.CancellationToken;
import org.operatorlab.operators.tensor.DType;
import org.operatorlab.operators.tensor.Tensor;
import org.operatorlab.operators.train.LearningRateSchedule;
import org.operatorlab.operators.train.OperatorData;
import org.operatorlab.operators.train.SupervisedObjective;
import org.operatorlab.operators.train.Trainer;
import org.operatorlab.operators.train.TrainingConfig;
import org.operatorlab.operators.train.TrainingListener;
import org.operatorlab.operators.train.TrainingSummary;
import org.operatorlab.solvers.fft.FftPlans;

class FnoLearningTest {
    private static final FftPlans PLANS = new FftPlans();

    @Test
    void fno1dLearnsHeatSmoothingAndKeepsItAtTwiceTheResolution() {
        double[][] train = OperatorSamples.fourierCoefficients(200, 1);
        OperatorData data = OperatorSamples.heatSmoothing(train, 64);
        Fno fno = new Fno(new FnoConfig(12, 12, 2, 0, Factorization.NONE, 1, 16), 1, 1, 1, DType.FLOAT32, 3, PLANS);
        TrainingConfig config = TrainingConfig.defaults().withEpochs(30).withBatchSize(20).withLearningRate(5e-3)
                .withSchedule(LearningRateSchedule.cosine(0.01)).withValidationFraction(0.2).withSeed(5);
        TrainingSummary summary = new Trainer(config).fit(fno, data, TrainingListener.NONE, CancellationToken.none());
        assertTrue(summary.bestValidationError() < 5e-2, "1D validation error " + summary.bestValidationError());

        // fresh samples at 64 and 128 points: same functions, twice the points
        double[][] test = OperatorSamples.fourierCoefficients(20, 99);
        OperatorData coarse = OperatorSamples.heatSmoothing(test, 64), fine = OperatorSamples.heatSmoothing(test, 128);
        int[] all = new int[20];
        Arrays.setAll(all, i -> i);
        double coarseError = SupervisedObjective.relativeL2(fno, coarse, all);
        double fineError = SupervisedObjective.relativeL2(fno, fine, all);
        assertTrue(coarseError < 5e-2, "test error at 64 points " + coarseError);
        assertTrue(fineError < 1.5 * coarseError + 1e-2, "error at 128 points " + fineError + " vs " + coarseError);
        // the 128-point prediction restricted to the shared points agrees with the 64-point prediction
        Tensor yc = fno.predict(coarse.inputBatch(all, DType.FLOAT32));
        Tensor yf = fno.predict(fine.inputBatch(all, DType.FLOAT32));
        double diff = 0, norm = 0;
        for (int s = 0; s < 20; s++) {
            for (int j = 0; j < 64; j++) {
                double d = yf.at(s, 0, 2 * j) - yc.at(s, 0, j);
                diff += d * d;
                norm += yc.at(s, 0, j) * yc.at(s, 0, j);
            }
        }
        assertTrue(Math.sqrt(diff / norm) < 5e-2, "64 vs 128 point predictions differ by " + Math.sqrt(diff / norm));
    }

    @Test
    void fno2dOnTinyDarcyBeatsTheMeanField() {
        OperatorData data = OperatorSamples.darcy(100, 16, 1000);
        Fno fno = new Fno(new FnoConfig(8, 4, 2, 0.125, Factorization.NONE, 1, 16), 2, 1, 1, DType.FLOAT32, 4, PLANS);
        TrainingConfig config = TrainingConfig.defaults().withEpochs(40).withBatchSize(10).withLearningRate(5e-3)
                .withSchedule(LearningRateSchedule.cosine(0.01)).withValidationFraction(0.2).withSeed(6);
        TrainingSummary summary = new Trainer(config).fit(fno, data, TrainingListener.NONE, CancellationToken.none());
        int[][] split = Trainer.split(100, 0.2, 6);
        double trivial = meanFieldError(data, split[0], split[1]);
        double error = SupervisedObjective.relativeL2(fno, data, split[1]);
        assertTrue(error == summary.bestValidationError(), "validation is the held-out error");
        assertTrue(error < 0.35 * trivial, "FNO test error " + error + " vs mean-field " + trivial);
    }

    /** Relative L2 error on {@code test} of predicting the mean training output everywhere. */
    private static double meanFieldError(OperatorData data, int[] train, int[] test) {
        int p = data.points();
        double[] mean = new double[p];
        for (int r : train) {
            for (int i = 0; i < p; i++) {
                mean[i] += data.outputs()[r * p + i] / train.length;
            }
        }
        double sum = 0;
        for (int r : test) {
            double dd = 0, yy = 0;
            for (int i = 0; i < p; i++) {
                double y = data.outputs()[r * p + i];
                dd += (mean[i] - y) * (mean[i] - y);
                yy += y * y;
            }
            sum += Math.sqrt(dd / yy);
        }
        return sum / test.length;
    }

}
