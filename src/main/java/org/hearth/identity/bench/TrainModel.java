package org.hearth.identity.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hearth.identity.matching.InputRecord;
import org.hearth.identity.matching.LinkFiles;
import org.hearth.identity.matching.Linker;
import org.hearth.identity.matching.ModelFile;

/**
 * Learns the model the application scores candidates with ({@code src/main/resources/identity/model.tsv}): links a
 * synthetic set of children's records exactly as {@code hearth identity link} does (EM in two sessions, u from random
 * pairs) and writes the learnt m, u and prior. Re-run when the comparison levels change:
 * <pre>java -cp target/classes org.hearth.identity.bench.TrainModel src/test/resources/identity/synth-children/records.csv src/main/resources/identity/model.tsv</pre>
 */
public final class TrainModel {
    private TrainModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TrainModel records.csv model.tsv");
            System.exit(2);
        }
        List<InputRecord> records = LinkFiles.read(Path.of(args[0]));
        Linker.Result result = new Linker().link(records, 0.5);
        String text = ModelFile.write(result.scorer().model(), "Hearth identity model: Fellegi-Sunter m (learnt by EM) and u (from random pairs)\n"
                + "learnt by org.hearth.identity.bench.TrainModel on the synthetic children set ("
                + records.size() + " records,\nsrc/test/resources/identity/synth-children); synthetic data only."
                + "\nfield level m u");
        Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[1] + " from " + records.size() + " records");
    }
}
